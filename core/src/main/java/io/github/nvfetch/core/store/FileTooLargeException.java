package io.github.nvfetch.core.store;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A file larger than accepted: its declared or actual length passed the client's limit, or a small
 * multiple of the {@code file_size} its metadata gives. The download stopped there; the breach is
 * deterministic, so it is never retried.
 */
public final class FileTooLargeException extends NeuroVaultException {

  /** Creates the exception. */
  public FileTooLargeException(String message) {
    super(message);
  }
}
