package io.github.nvfetch.testkit;

/** Which image files the replica serves. */
public enum VolumeMix {
  /**
   * Every file has the same layout: tiny float32 grids, or 91x109x91 float32 maps sharing their
   * bulk with {@link CorpusSpec#realisticFileSize()}.
   */
  UNIFORM,
  /**
   * A mix like NeuroVault's, one {@link VolumeVariant} per image, with content (smooth signed blobs
   * plus noise) seeded by the image id: mostly float32 2 mm MNI grids, some 3 mm and cropped 1 mm
   * ones, scaled int16, uint8 labels, float64, sform-only, qform-only, oblique, big-endian, NaN
   * regions, a 4-D file and one image entirely outside the standard grid. Files are stored
   * (uncompressed) gzip, so their sizes are exact without generating them: about 3.6 MB for a 2 mm
   * float32 map.
   */
  VARIED
}
