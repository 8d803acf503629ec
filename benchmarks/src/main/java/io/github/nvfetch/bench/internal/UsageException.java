package io.github.nvfetch.bench.internal;

/**
 * A bad command line: the message says what is wrong; the program prints it with its usage and
 * exits 2.
 */
public final class UsageException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public UsageException(String message) {
    super(message);
  }
}
