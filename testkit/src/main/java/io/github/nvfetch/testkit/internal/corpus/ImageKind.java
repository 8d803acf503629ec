package io.github.nvfetch.testkit.internal.corpus;

/** The polymorphic kinds of image records. */
public enum ImageKind {
  /** Most records. */
  STATISTIC_MAP("statistic_map"),
  /**
   * Atlases: no map type, modality, analysis level, thresholding or MNI flags; a label file and raw
   * data.
   */
  ATLAS("atlas"),
  /** Statistic maps from an uploaded NIDM-Results package, filed in a sub-folder. */
  NIDM("NIDM results statistic map");

  private final String wireName;

  ImageKind(String wireName) {
    this.wireName = wireName;
  }

  /** The {@code image_type} value. */
  public String wireName() {
    return wireName;
  }
}
