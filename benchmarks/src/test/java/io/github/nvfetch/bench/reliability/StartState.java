package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.Mode;

/** The modes of the matrix, each with the state of the data directory it starts from. */
public enum StartState {

  /** {@code download_new} into an empty data directory. */
  EMPTY("download_new, empty dir", Mode.DOWNLOAD_NEW),

  /**
   * {@code download_new} into a store a clean harvest filled, then partly emptied and strewn with
   * leftovers by {@link StoreDamage#partlyEmpty}.
   */
  PARTLY_FILLED("download_new, partly filled dir", Mode.DOWNLOAD_NEW),

  /** {@code overwrite} over a store a clean harvest filled, then tampered with. */
  FULL("overwrite, full dir", Mode.OVERWRITE),

  /** {@code download_new} into an empty directory under faults, then {@code offline}. */
  OFFLINE_AFTER_HARVEST("offline after a harvest", Mode.DOWNLOAD_NEW);

  private final String label;
  private final Mode faultedMode;

  StartState(String label, Mode faultedMode) {
    this.label = label;
    this.faultedMode = faultedMode;
  }

  /** The mode of the harvest that runs under faults. */
  public Mode faultedMode() {
    return faultedMode;
  }

  /** Whether a clean harvest fills the store before the faults are switched on. */
  public boolean startsFromAFullStore() {
    return this == PARTLY_FILLED || this == FULL;
  }

  @Override
  public String toString() {
    return label;
  }
}
