package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.FileStatus;

/**
 * The facts of one image that several generators need (record, file, words).
 *
 * @param imageId the id
 * @param index index within the collection
 * @param collection the collection's traits
 * @param kind the polymorphic kind
 * @param mapTypeCode the stored map type code (null for atlases)
 * @param analysisLevel the stored analysis level code (may be null)
 * @param modality the modality (null for atlases and NIDM maps)
 * @param fileStatus what the media route serves
 * @param relativePath the file's path below {@code /media/images/<ref>/}, not encoded
 */
public record ImageTraits(
    long imageId,
    int index,
    CollectionTraits collection,
    ImageKind kind,
    String mapTypeCode,
    String analysisLevel,
    String modality,
    FileStatus fileStatus,
    String relativePath) {

  private static final Weighted<String> MAP_TYPES =
      Weighted.of(
          "T", 45, "Z", 25, "F", 5, "X2", 0.5, "P", 2, "IP", 1, "M", 2, "U", 6, "R", 5, "Pa", 1,
          "A", 2, "V", 1, "Other", 4.5);
  private static final Weighted<String> NIDM_MAP_TYPES = Weighted.of("T", 70, "Z", 20, "F", 10);
  private static final Weighted<String> LEVELS =
      Weighted.of("G", 55, "S", 25, "M", 8, "Other", 4, "", 8);
  private static final Weighted<String> MODALITIES =
      Weighted.of(
          "fMRI-BOLD",
          80,
          "fMRI-CBF",
          2,
          "fMRI-CBV",
          1,
          "Structural MRI",
          5,
          "Diffusion MRI",
          2,
          "PET FDG",
          1.5,
          "PET [15O]-water",
          0.5,
          "PET other",
          1,
          "MEG",
          1.5,
          "EEG",
          1.5,
          "Other",
          4);

  /**
   * Computes the traits of an image.
   *
   * @param seed the corpus seed
   * @param missingRate fraction of missing files
   * @param corruptRate fraction of corrupt files
   * @param collection the collection's traits
   * @param layout the layout
   * @param index the image's index in its collection
   * @return the traits
   */
  public static ImageTraits of(
      long seed,
      double missingRate,
      double corruptRate,
      CollectionTraits collection,
      CorpusLayout layout,
      int index) {
    long id = layout.imageId(collection.position(), index);
    Rng rng = Rng.of(seed, Salt.IMAGE_TRAITS, id);
    ImageKind kind = kind(rng, collection.oldSchema());
    String mapType =
        switch (kind) {
          case STATISTIC_MAP -> MAP_TYPES.draw(rng);
          case NIDM -> NIDM_MAP_TYPES.draw(rng);
          case ATLAS -> null;
        };
    String level = kind == ImageKind.ATLAS ? null : emptyToNull(LEVELS.draw(rng));
    String modality = kind == ImageKind.STATISTIC_MAP ? MODALITIES.draw(rng) : null;
    FileStatus status =
        fileStatus(
            Rng.unit(Rng.of(seed, Salt.FILE_STATUS, id).nextLong()), missingRate, corruptRate);
    String path = FileNames.relativePath(seed, layout, collection.position(), index, kind);
    return new ImageTraits(id, index, collection, kind, mapType, level, modality, status, path);
  }

  /** The kind of an image id without computing everything else. */
  static ImageKind kindOf(long seed, long imageId, boolean oldSchema) {
    return kind(Rng.of(seed, Salt.IMAGE_TRAITS, imageId), oldSchema);
  }

  private static ImageKind kind(Rng rng, boolean oldSchema) {
    double u = rng.nextDouble();
    if (oldSchema) {
      return ImageKind.STATISTIC_MAP;
    }
    return u < 0.03 ? ImageKind.ATLAS : u < 0.08 ? ImageKind.NIDM : ImageKind.STATISTIC_MAP;
  }

  private static FileStatus fileStatus(double u, double missingRate, double corruptRate) {
    if (u < missingRate) {
      return FileStatus.MISSING;
    }
    return u < missingRate + corruptRate ? FileStatus.CORRUPT : FileStatus.OK;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
