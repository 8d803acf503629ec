package io.github.nvfetch.report.internal.model;

/**
 * The harvest's counts.
 *
 * @param selected images selected or asked for
 * @param fetched images on disk at the end (downloaded plus from disk)
 * @param fromDisk images found in the local store
 * @param failed images that could not be fetched
 */
public record ReportCounts(long selected, long fetched, long fromDisk, long failed) {

  /** Images downloaded by the harvest. */
  public long downloaded() {
    return fetched - fromDisk;
  }
}
