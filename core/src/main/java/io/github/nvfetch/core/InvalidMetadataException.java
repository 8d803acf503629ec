package io.github.nvfetch.core;

/**
 * A NeuroVault record that cannot be used at all: it is not a JSON object, or it has no usable
 * {@code id}. Odd or missing optional fields never raise this.
 */
public class InvalidMetadataException extends NeuroVaultException {

  /** Creates the exception. */
  public InvalidMetadataException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public InvalidMetadataException(String message, Throwable cause) {
    super(message, cause);
  }
}
