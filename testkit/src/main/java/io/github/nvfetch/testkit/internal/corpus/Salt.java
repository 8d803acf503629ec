package io.github.nvfetch.testkit.internal.corpus;

/** The salts that separate the independent random streams of a corpus (one per purpose). */
public final class Salt {

  /** Collection id gaps. */
  public static final long COLLECTION_IDS = 1;

  /** Image counts per collection. */
  public static final long IMAGE_COUNTS = 2;

  /** Image id gaps and steps. */
  public static final long IMAGE_IDS = 3;

  /** Which collections are private. */
  public static final long PRIVACY = 4;

  /** Private tokens. */
  public static final long TOKENS = 5;

  /** Collection name, DOI, owner. */
  public static final long COLLECTION_IDENTITY = 6;

  /** The other collection fields. */
  public static final long COLLECTION_FIELDS = 7;

  /** An image's kind and labels. */
  public static final long IMAGE_TRAITS = 8;

  /** The other image fields. */
  public static final long IMAGE_FIELDS = 9;

  /** File names. */
  public static final long FILE_NAMES = 10;

  /** File status (missing, corrupt). */
  public static final long FILE_STATUS = 11;

  /** Voxel data. */
  public static final long VOXELS = 12;

  /** Neurosynth words. */
  public static final long WORDS = 13;

  /** Custom keys of image records. */
  public static final long CUSTOM_KEYS = 14;

  /** Extra items counted in {@code number_of_images}. */
  public static final long EXTRA_ITEMS = 15;

  /** The volume variant of an image in a varied corpus. */
  public static final long VOLUME_VARIANT = 16;

  private Salt() {}
}
