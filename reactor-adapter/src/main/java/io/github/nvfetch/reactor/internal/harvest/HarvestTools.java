package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.reactor.internal.api.MetadataApi;
import reactor.core.scheduler.Scheduler;

/**
 * What both kinds of harvest (filtered and by ids) are made of.
 *
 * @param api NeuroVault's metadata routes
 * @param downloads downloads and verifies images, finds their words (in parallel)
 * @param stores puts images in the store (in order)
 * @param localScan reads the local store
 * @param io the blocking file I/O scheduler
 * @param concurrency the client's download concurrency (a request may lower it)
 * @param maxConsecutiveFailures image failures in a row that abort a harvest
 */
record HarvestTools(
    MetadataApi api,
    DownloadStage downloads,
    StoreStage stores,
    LocalScan localScan,
    Scheduler io,
    int concurrency,
    int maxConsecutiveFailures) {

  /**
   * Collections whose image lists are read ahead of the downloads, in parallel; results stay in API
   * order. Many collections are small or filtered out: reading their lists one after the other
   * would leave the download slots idle for a page latency each.
   */
  public static final int LISTINGS_AHEAD = 4;

  /** Selected images buffered per collection read ahead. */
  public static final int CANDIDATES_BUFFERED = 64;
}
