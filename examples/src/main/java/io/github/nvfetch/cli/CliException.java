package io.github.nvfetch.cli;

/** A failure the command line reports as one line, with the exit code it chose. */
public final class CliException extends RuntimeException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message the line to print: what is wrong and what to do
   */
  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /**
   * Creates the exception with its cause (shown with {@code --debug}).
   *
   * @param exitCode one of {@link ExitCodes}
   * @param message the line to print
   * @param cause the underlying failure
   */
  public CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** The exit code. */
  public int exitCode() {
    return exitCode;
  }
}
