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

  /** Nothing was fetched and something failed (every requested id, or every selected image). */
  public static final int NOTHING_FETCHED = 4;

  /** Interrupted (Ctrl-C, SIGINT): what was stored stays, part files are removed. */
  public static final int INTERRUPTED = 130;

  /** The exit codes as the help of {@code fetch} and {@code ids} lists them. */
  public static final String HELP =
      "Exit codes: 0 done (failed images are listed, not errors), "
          + "1 harvest stopped, 2 bad input, 3 data directory or export not writable, 4 nothing "
          + "fetched and something failed, 130 interrupted.";

  private ExitCodes() {}
}
