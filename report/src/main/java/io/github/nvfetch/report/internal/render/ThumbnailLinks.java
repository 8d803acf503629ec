package io.github.nvfetch.report.internal.render;

import io.github.nvfetch.report.Thumbnail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** How the page refers to a thumbnail: a relative URL to its file, or the PNG inline. */
public final class ThumbnailLinks {

  private ThumbnailLinks() {}

  /** Relative URLs from the page's folder (percent-encoded path segments). */
  public static Function<Thumbnail, String> relativeTo(Path pageFolder) {
    Path base = pageFolder.toAbsolutePath().normalize();
    return thumbnail -> {
      Path file = thumbnail.file().orElseThrow().toAbsolutePath().normalize();
      if (!file.getRoot().equals(base.getRoot())) {
        return file.toUri().toString();
      }
      List<String> segments = new ArrayList<>();
      base.relativize(file).forEach(segment -> segments.add(segment.toString()));
      return encode(String.join("/", segments));
    };
  }

  /** {@code data:} URIs holding the PNG bytes (reads each file). */
  public static Function<Thumbnail, String> inline() {
    return thumbnail -> {
      try {
        return "data:image/png;base64,"
            + Base64.getEncoder()
                .encodeToString(Files.readAllBytes(thumbnail.file().orElseThrow()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  private static String encode(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).getRawPath();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot link " + relativePath, e);
    }
  }
}
