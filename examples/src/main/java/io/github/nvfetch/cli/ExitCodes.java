package io.github.nvfetch.cli;

/** The exit codes of {@code nvfetch}. */
public final class ExitCodes {

  /** Success; failed images are reported, not errors. */
  public static final int OK = 0;

  /** The harvest stopped: NeuroVault unreachable or failing, too many failures in a row. */
  public static final int HARVEST_FAILED = 1;

  /** Bad input: an unknown flag, a bad term, an invalid request file. */
  public static final int BAD_INPUT = 2;

  /** The data directory or an export file cannot be written. */
  public static final int STORAGE = 3;

  private ExitCodes() {}
}
