package io.github.nvfetch.testkit.internal.corpus;

/**
 * File names as uploaders and NeuroVault's storage produce them: FSL/SPM names, names with spaces
 * and parentheses (percent-encoded in links), {@code _1} suffixes when a name was already taken in
 * the collection, atlas names, and NIDM maps in a {@code <package>.nidm/} sub-folder. Unique within
 * a collection.
 */
public final class FileNames {

  private static final String[] CONTRAST_WORDS = {
    "Response_Control",
    "Go_NoGo",
    "TwoBack_ZeroBack",
    "Incongruent_Congruent",
    "Stop_Go",
    "Gain_Neutral",
    "Faces_Shapes",
    "Task_Rest",
    "Left_Right",
    "Words_Rest"
  };
  private static final String[] ATLASES = {
    "HarvardOxford_cort",
    "Schaefer2018_400Parcels",
    "AAL",
    "Glasser_MMP1",
    "Yeo2011_7Networks",
    "Destrieux"
  };
  private static final String[] NIDM_MAPS = {
    "TStatistic.nii.gz", "ZStatistic.nii.gz", "ExcursionSet.nii.gz"
  };
  private static final String[] GROUP_WORDS = {"Group mean", "Pooled", "Group"};
  private static final String[] LETTERS = {"A", "B", "C", "D"};
  private static final double DUPLICATE_RATE = 0.1;

  private FileNames() {}

  /**
   * The file's path below {@code /media/images/<ref>/} (not percent-encoded).
   *
   * @param seed the corpus seed
   * @param layout the layout
   * @param position the collection's position
   * @param index the image's index in the collection
   * @param kind the image's kind
   * @return e.g. {@code task005_cope04_Response_Control.nii.gz} or {@code
   *     spm_0003.nidm/TStatistic.nii.gz}
   */
  public static String relativePath(
      long seed, CorpusLayout layout, int position, int index, ImageKind kind) {
    long id = layout.imageId(position, index);
    Rng rng = Rng.of(seed, Salt.FILE_NAMES, id);
    return switch (kind) {
      case ATLAS -> rng.pick(ATLASES) + "_" + (index + 1) + "_atlas.nii.gz";
      case NIDM ->
          rng.pick(new String[] {"spm", "fsl"})
              + String.format("_%04d.nidm/", index + 1)
              + rng.pick(NIDM_MAPS);
      case STATISTIC_MAP -> statisticMapName(seed, layout, position, index, rng);
    };
  }

  /**
   * The label description file of an atlas: its path with {@code .xml} instead of {@code .nii.gz}.
   */
  public static String labelFile(String atlasPath) {
    return atlasPath.substring(0, atlasPath.length() - ".nii.gz".length()) + ".xml";
  }

  private static String statisticMapName(
      long seed, CorpusLayout layout, int position, int index, Rng rng) {
    boolean duplicate = index % 2 == 1 && rng.chance(DUPLICATE_RATE);
    if (duplicate) {
      long previousId = layout.imageId(position, index - 1);
      boolean previousIsMap =
          ImageTraits.kindOf(seed, previousId, false) == ImageKind.STATISTIC_MAP;
      if (previousIsMap) {
        return baseName(seed, previousId, index - 1) + "_1.nii.gz";
      }
    }
    return baseName(seed, layout.imageId(position, index), index) + ".nii.gz";
  }

  private static String baseName(long seed, long imageId, int index) {
    Rng rng = Rng.of(seed, Salt.FILE_NAMES + 100, imageId);
    int n = index + 1;
    return switch (rng.nextInt(8)) {
      case 0 ->
          String.format("task%03d_cope%02d_%s", rng.between(1, 12), n, rng.pick(CONTRAST_WORDS));
      case 1 -> "zstat" + n;
      case 2 -> "tstat" + n;
      case 3 -> String.format("spmT_%04d", n);
      case 4 -> String.format("con_%04d", n);
      case 5 -> "Fig" + rng.between(1, 6) + rng.pick(LETTERS) + "_zstat" + n;
      case 6 -> rng.pick(GROUP_WORDS) + " T map " + n + " (n=" + rng.between(12, 60) + ")";
      default ->
          String.format(
              "sub-%02d_task-%s_stat-z_statmap",
              n, rng.pick(CONTRAST_WORDS).toLowerCase(java.util.Locale.ROOT));
    };
  }
}
