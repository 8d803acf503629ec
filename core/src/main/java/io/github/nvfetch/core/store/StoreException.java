package io.github.nvfetch.core.store;

import io.github.nvfetch.core.NeuroVaultException;

/** An I/O failure of the local store: a file that cannot be written, moved or read. */
public class StoreException extends NeuroVaultException {

  /** Creates the exception. */
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
