package io.github.nvfetch.bench.internal.startup;

import java.nio.file.Path;
import java.time.Instant;

/** The SDK's harvest in this JVM: a fresh client per run, timed from its creation to its close. */
public final class InProcessLauncher implements HarvestLauncher {

  private final TimelineSettings settings;
  private final String baseUrl;
  private final String neurosynthUrl;

  /** Creates the launcher for a replica. */
  public InProcessLauncher(TimelineSettings settings, String baseUrl, String neurosynthUrl) {
    this.settings = settings;
    this.baseUrl = baseUrl;
    this.neurosynthUrl = neurosynthUrl;
  }

  @Override
  public String name() {
    return "sdk in-process";
  }

  @Override
  public String description() {
    return "NeuroVaultClient in the benchmark's JVM (already warm after its first run), created and closed per run";
  }

  @Override
  public boolean includesStartup() {
    return false;
  }

  @Override
  public LaunchedRun run(Path dataDir) {
    Instant launch = Instant.now();
    long fetched =
        SdkHarvestMain.harvest(
            baseUrl,
            neurosynthUrl,
            dataDir,
            settings.images(),
            settings.concurrency(),
            settings.rate());
    return new LaunchedRun(launch, Instant.now(), fetched == settings.images() ? 0 : 1);
  }
}
