package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.report.HarvestReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** README, "The harvest report": a report of a dataset, and one of a data dir. */
public final class HarvestReports {

  private HarvestReports() {}

  /** Writes both pages; returns their paths. */
  public static List<Path> write(NeuroVaultDataset dataset, FetchRequest request, Duration took,
      Path dataDir) {
    Path page = HarvestReport.of(dataset).request(request).elapsed(took).build()
        .write(dataDir.resolve("report.html"));           // thumbnails in report_files/ beside it
    Path offline = HarvestReport.ofDataDir(dataDir)      // from the stored metadata, no request
        .inlineThumbnails(true).build().write(dataDir.resolve("store.html"));
    return List.of(page, offline);
  }
}
