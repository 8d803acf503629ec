package io.github.nvfetch.core.volume;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A file that cannot be read as a NIfTI volume: not NIfTI-1 or NIfTI-2 single-file, a truncated
 * stream, an unsupported datatype (complex, RGB, float128, uint64), impossible dimensions or
 * scaling.
 */
public class VolumeFormatException extends NeuroVaultException {

  /** Creates the exception. */
  public VolumeFormatException(String message) {
    super(message);
  }

  /** Creates the exception with its cause. */
  public VolumeFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
