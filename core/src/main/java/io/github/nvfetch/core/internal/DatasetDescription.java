package io.github.nvfetch.core.internal;

/** The text of {@code NeuroVaultDataset.description()}. */
public final class DatasetDescription {

  /** The description. */
  public static final String TEXT =
      String.join(
          "\n",
          "NeuroVault statistical maps",
          "",
          "Notes",
          "-----",
          "NeuroVault (https://neurovault.org) is a public repository of unthresholded statistical",
          "maps, parcellations and atlases of the human brain, shared with their metadata.",
          "This dataset holds the images a harvest selected, their metadata (image and collection),",
          "and, when requested, the Neurosynth terms (https://neurosynth.org) whose meta-analytic",
          "maps correlate with each image, vectorized into a vocabulary and a matrix of weights.",
          "",
          "Content",
          "-------",
          "images: paths to gzip-compressed NIfTI-1 files",
          "imagesMeta: metadata of each image, with relative and absolute paths",
          "collectionsMeta: metadata of each image's collection (one entry per image)",
          "vocabulary, wordFrequencies: Neurosynth words and their weights (when requested)",
          "failures: images that could not be fetched, with reasons",
          "",
          "References",
          "----------",
          "Gorgolewski KJ, et al. NeuroVault.org: a web-based repository for collecting and",
          "sharing unthresholded statistical maps of the human brain. Front. Neuroinform. 2015.",
          "Yarkoni T, et al. Large-scale automated synthesis of human functional neuroimaging",
          "data. Nature Methods 2011.",
          "",
          "Licence: the data are shared under the licence of each collection (most are CC0).");

  private DatasetDescription() {}
}
