package io.github.nvfetch.core.volume;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A volume lying entirely outside the target grid (nilearn's {@code BoundingBoxError}): every
 * corner of its field of view maps to negative grid indices on some axis.
 */
public class BoundingBoxException extends NeuroVaultException {

  /** Creates the exception. */
  public BoundingBoxException(String message) {
    super(message);
  }
}
