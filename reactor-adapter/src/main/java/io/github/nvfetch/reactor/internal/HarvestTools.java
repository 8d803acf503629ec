package io.github.nvfetch.reactor.internal;

import reactor.core.scheduler.Scheduler;

/**
 * What both kinds of harvest (filtered and by ids) are made of.
 *
 * @param api NeuroVault's metadata routes
 * @param fetcher fetches one image (file, words, metadata)
 * @param localScan reads the local store
 * @param io the blocking file I/O scheduler
 * @param concurrency image files downloaded at the same time at most
 * @param maxConsecutiveFailures image failures in a row that abort a harvest
 */
public record HarvestTools(MetadataApi api, ImageFetcher fetcher, LocalScan localScan,
    Scheduler io, int concurrency, int maxConsecutiveFailures) {

  /**
   * Collections whose image lists are read ahead of the downloads, in parallel; results stay in
   * API order. Many collections are small or filtered out: reading their lists one after the
   * other would leave the download slots idle for a page latency each.
   */
  public static final int LISTINGS_AHEAD = 4;

  /** Selected images buffered per collection read ahead. */
  public static final int CANDIDATES_BUFFERED = 64;

  /**
   * Images in progress at once, downloading or waiting for their turn to be stored: twice the
   * download concurrency, so that one slow file does not stop the others. It is also how far a
   * slow subscriber lets the harvest run ahead of what it consumed.
   */
  public int window() {
    return 2 * concurrency;
  }
}
