package io.github.nvfetch.report.internal.nifti;

/** A file that is not a NIfTI-1 volume this reader can show (the report says why, and goes on). */
public final class VolumeFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An unreadable volume. */
  public VolumeFormatException(String message) {
    super(message);
  }

  /** An unreadable volume, with its cause. */
  public VolumeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
