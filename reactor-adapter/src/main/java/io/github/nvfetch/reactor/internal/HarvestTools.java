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
    Scheduler io, int concurrency, int maxConsecutiveFailures) {}
