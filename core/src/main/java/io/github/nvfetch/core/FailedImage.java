package io.github.nvfetch.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An image a harvest selected or was asked for but could not fetch. Failures are data: the harvest
 * reports them and goes on.
 *
 * @param imageId the image id
 * @param image the image metadata, when it was known
 * @param reason one line saying what went wrong, e.g. {@code "file answered HTTP 404"}
 * @param cause the underlying exception
 */
public record FailedImage(long imageId, Optional<ImageMeta> image, String reason, Throwable cause)
    implements ImageOutcome {

  /** Validates the components. */
  public FailedImage {
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(cause, "cause");
  }

  /** A failure of an image whose metadata is known. */
  public static FailedImage of(ImageMeta image, Throwable cause) {
    return new FailedImage(image.id(), Optional.of(image), describe(cause), cause);
  }

  /** A failure of an image known only by its id. */
  public static FailedImage ofId(long imageId, Throwable cause) {
    return new FailedImage(imageId, Optional.empty(), describe(cause), cause);
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }
}
