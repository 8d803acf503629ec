package io.github.nvfetch.bench.internal.scale;

/**
 * One scale run as seen from the parent: the worker's figures, what the corpus should have given,
 * and the replica's CPU time.
 *
 * @param figures the worker's figures
 * @param expectedRecords public images of the corpus ({@code corpus.imageCount()})
 * @param expectedCollections public collections of the corpus
 * @param replicaCpuSeconds CPU seconds of the replica process during the run
 * @param exitCode the worker's exit code
 */
public record ScaleOutcome(
    ScaleFigures figures,
    long expectedRecords,
    long expectedCollections,
    double replicaCpuSeconds,
    int exitCode) {

  /** The worker exited 0 and read every public image record and collection. */
  public boolean completed() {
    return exitCode == 0
        && figures.imageRecords() == expectedRecords
        && figures.collections() == expectedCollections;
  }
}
