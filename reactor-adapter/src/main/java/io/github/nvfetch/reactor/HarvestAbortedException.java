package io.github.nvfetch.reactor;

import io.github.nvfetch.core.NeuroVaultException;

/**
 * A harvest stopped before its end: the server did not answer a page it needed after every retry
 * (an outage), or too many images failed in a row. The message says which; the cause is the last
 * failure. Images fetched before the abort are complete on disk.
 */
public class HarvestAbortedException extends NeuroVaultException {

  /** Creates the exception. */
  public HarvestAbortedException(String message, Throwable cause) {
    super(message, cause);
  }
}
