package io.github.nvfetch.bench.internal.transfer;

/** What the curl runs do with the bytes. */
public enum CurlMode {
  /** Discard them: the machine's practical transfer limit. */
  TO_NULL("curl > /dev/null"),
  /** Write them to files (no fsync). */
  TO_FILES("curl > files"),
  /**
   * Write them to files, then, P at a time, test each file's whole gzip stream ({@code gzip -t})
   * and fsync it ({@code sync FILE}): the work the SDK does, in two stages instead of one pipeline.
   */
  TO_FILES_VERIFIED("curl > files + gzip -t + fsync");

  private final String label;

  CurlMode(String label) {
    this.label = label;
  }

  /** The name in the table. */
  public String label() {
    return label;
  }

  /** Whether the files are written to a directory. */
  public boolean writesFiles() {
    return this != TO_NULL;
  }
}
