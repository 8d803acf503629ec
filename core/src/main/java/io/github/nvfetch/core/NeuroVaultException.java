package io.github.nvfetch.core;

/**
 * Base type of every exception this SDK throws on purpose. Catch it to handle all of them; catch a
 * subclass to handle one kind of failure.
 */
public class NeuroVaultException extends RuntimeException {

  /** Creates an exception with a message. */
  public NeuroVaultException(String message) {
    super(message);
  }

  /** Creates an exception with a message and a cause. */
  public NeuroVaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
