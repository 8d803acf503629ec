package io.github.nvfetch.core;

/**
 * What a harvest produced for one image: either a {@link FetchedImage} or a {@link FailedImage}.
 * Use a pattern match or {@code instanceof} to tell them apart.
 */
public sealed interface ImageOutcome permits FetchedImage, FailedImage {

  /** The image id. */
  long imageId();

  /** True for a {@link FetchedImage}. */
  default boolean isSuccess() {
    return this instanceof FetchedImage;
  }
}
