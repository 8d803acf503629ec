package io.github.nvfetch.cli;

import java.util.ArrayList;
import java.util.List;

/** The warnings about a finished harvest: what looks like an empty result but is a mistake. */
final class RunWarnings {

  private RunWarnings() {}

  /** The warnings, in the order they are printed. */
  static List<String> of(HarvestJob job, HarvestReport report, HarvestProgress progress) {
    List<String> warnings = new ArrayList<>();
    return warnings;
  }
}
