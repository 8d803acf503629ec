package io.github.nvfetch.core.store;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A downloaded file that is not a complete gzip-compressed NIfTI image: wrong magic bytes, a
 * truncated or corrupt gzip stream, a header that is not NIfTI, or more data than the header
 * announces (a decompression bomb).
 */
public class CorruptFileException extends NeuroVaultException {

  /** Creates the exception. */
  public CorruptFileException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public CorruptFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
