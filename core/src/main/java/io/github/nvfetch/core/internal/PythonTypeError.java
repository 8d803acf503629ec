package io.github.nvfetch.core.internal;

/**
 * Signals an operation for which Python raises {@code TypeError} (for example {@code 0 in "abc"}).
 * Never leaves the filter algebra: a matcher that meets it simply does not match.
 */
public final class PythonTypeError extends RuntimeException {

  /** Creates the error with Python's explanation. */
  public PythonTypeError(String message) {
    super(message, null, false, false);
  }
}
