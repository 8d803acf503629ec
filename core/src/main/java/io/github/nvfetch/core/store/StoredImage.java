package io.github.nvfetch.core.store;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * An image found in the local store: its metadata (with path fields recomputed from the store's
 * location), its collection, where its file is and whether that file exists, and its Neurosynth
 * words file when one is on disk.
 *
 * @param image the saved image metadata, with {@code relative_path} and {@code absolute_path}
 * @param collection the saved collection metadata, with its path fields
 * @param file where the image file is (or would be)
 * @param fileExists whether {@code file} exists
 * @param wordsFile the words file, when it exists
 */
public record StoredImage(
    ImageMeta image,
    CollectionMeta collection,
    Path file,
    boolean fileExists,
    Optional<Path> wordsFile) {

  /** Validates the components. */
  public StoredImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(wordsFile, "wordsFile");
  }
}
