package io.github.nvfetch.report;

/** A report that could not be written (its folder or file is not writable). */
public final class ReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with its cause. */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
