package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.FileStatus;

/** The hostile records, in their order within the hostile collection. */
public enum HostileKind {
  /** {@code file} climbs out of the media folder. */
  PATH_TRAVERSAL("passwd", FileStatus.MISSING),
  /** {@code file} holds percent-encoded {@code ..%2F} segments. */
  ENCODED_TRAVERSAL("encoded_passwd", FileStatus.MISSING),
  /** {@code collection_id} is a string. */
  STRING_COLLECTION_ID("string_collection_id.nii.gz", FileStatus.OK),
  /** The file declares a 50 GB {@code Content-Length}. */
  HUGE_CONTENT_LENGTH("huge_content_length.nii.gz", FileStatus.OK),
  /** The file is a gzip bomb. */
  GZIP_BOMB("gzip_bomb.nii.gz", FileStatus.OK),
  /** The file is gzip but not NIfTI. */
  NOT_NIFTI("not_nifti.nii.gz", FileStatus.CORRUPT),
  /** The record nests 1000 levels deep. */
  DEEP_JSON("deep_json.nii.gz", FileStatus.OK),
  /** The record holds a ~20 MB string. */
  HUGE_STRING("huge_string.nii.gz", FileStatus.OK);

  private final String fileName;
  private final FileStatus fileStatus;

  HostileKind(String fileName, FileStatus fileStatus) {
    this.fileName = fileName;
    this.fileStatus = fileStatus;
  }

  /** The file's name in the hostile collection's folder. */
  public String fileName() {
    return "hostile_" + fileName;
  }

  /** What the media route serves at the record's {@code file} link. */
  public FileStatus fileStatus() {
    return fileStatus;
  }
}
