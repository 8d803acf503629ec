package io.github.nvfetch.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The glass-brain thumbnail of one image, or why there is none.
 *
 * @param imageId the image id
 * @param file the PNG file, when it could be rendered
 * @param problem why there is no thumbnail (unreadable or unsupported volume), when there is none
 * @param threshold magnitudes below it are not coloured
 * @param max the largest magnitude, the end of the colour scale
 * @param signed whether the map has negative values (diverging colour map)
 */
public record Thumbnail(
    long imageId,
    Optional<Path> file,
    Optional<String> problem,
    double threshold,
    double max,
    boolean signed) {

  /** Validates the components: exactly one of {@code file} and {@code problem}. */
  public Thumbnail {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    if (file.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("a thumbnail has a file or a problem, not both");
    }
  }

  /** A rendered thumbnail. */
  public static Thumbnail rendered(
      long imageId, Path file, double threshold, double max, boolean signed) {
    return new Thumbnail(imageId, Optional.of(file), Optional.empty(), threshold, max, signed);
  }

  /** A thumbnail that could not be rendered. */
  public static Thumbnail failed(long imageId, String problem) {
    return new Thumbnail(imageId, Optional.empty(), Optional.of(problem), 0, 0, false);
  }
}
