package io.github.nvfetch.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One image of a harvest, available on disk.
 *
 * @param image the image metadata, with its path fields ({@code relative_path}, {@code
 *     absolute_path}, and {@code ns_words_*} when words were requested)
 * @param collection the metadata of the image's collection, with its path fields
 * @param file the image file, {@code <data_dir>/neurovault/collection_<cid>/image_<iid>.nii.gz}
 * @param wordsFile the Neurosynth words file, when words were requested and obtained
 * @param origin whether the image was already in the local store or was downloaded now
 */
public record FetchedImage(
    ImageMeta image, CollectionMeta collection, Path file, Optional<Path> wordsFile, Origin origin)
    implements ImageOutcome {

  /** Where a fetched image came from. */
  public enum Origin {
    /** Found complete in the local store; nothing was downloaded. */
    LOCAL_STORE,
    /** Downloaded from the server during this harvest. */
    DOWNLOADED
  }

  /** Validates the components. */
  public FetchedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(collection, "collection");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(wordsFile, "wordsFile");
    Objects.requireNonNull(origin, "origin");
  }

  @Override
  public long imageId() {
    return image.id();
  }

  /** The collection id. */
  public long collectionId() {
    return collection.id();
  }
}
