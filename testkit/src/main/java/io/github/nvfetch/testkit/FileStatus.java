package io.github.nvfetch.testkit;

/** What the replica serves for an image's {@code file} URL. */
public enum FileStatus {
  /** A valid gzip-compressed NIfTI-1 file. */
  OK,
  /**
   * The file is missing on "disk": the media route answers 404 and the record's {@code file_size}
   * is 0.
   */
  MISSING,
  /**
   * The served bytes start like gzip but are damaged, so they do not decompress to a NIfTI file.
   */
  CORRUPT
}
