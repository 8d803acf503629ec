package io.github.nvfetch.core.store;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A path the local store refused because it would land outside {@code <data_dir>/neurovault} (for
 * example through a symbolic link or a hostile name).
 */
public class UnsafePathException extends NeuroVaultException {

  /** Creates the exception. */
  public UnsafePathException(String message) {
    super(message);
  }
}
