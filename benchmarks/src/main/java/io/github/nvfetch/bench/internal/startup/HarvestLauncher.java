package io.github.nvfetch.bench.internal.startup;

import java.nio.file.Path;

/**
 * A way of running the start-up timeline's harvest: the CLI, the SDK in-process or in a child JVM,
 * nilearn.
 */
public interface HarvestLauncher {

  /** A short name for the table. */
  String name();

  /** What runs, for the report. */
  String description();

  /** Whether the JVM's (or Python's) start-up is part of the run. */
  boolean includesStartup();

  /** Runs the harvest into {@code dataDir} (empty), blocking until it ends. */
  LaunchedRun run(Path dataDir);
}
