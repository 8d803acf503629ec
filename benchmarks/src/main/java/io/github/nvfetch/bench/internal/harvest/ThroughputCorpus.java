package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;

/**
 * The corpus of the throughput benchmark: twice as many images as wanted (about 69% pass nilearn's
 * default terms), spread over collections at NeuroVault's ratio of about 17.6 images per collection
 * (300,000 images in 17,000 collections), with realistic or tiny files.
 */
public final class ThroughputCorpus {

  /** NeuroVault's images per public collection (about 300,000 / 17,000). */
  public static final double IMAGES_PER_COLLECTION = 17.6;

  private ThroughputCorpus() {}

  /** The spec for harvesting {@code images} images. */
  public static CorpusSpec spec(long seed, int images, boolean realisticFiles) {
    long total = Math.max(100, 2L * images);
    int collections = (int) Math.max(2, Math.round(total / IMAGES_PER_COLLECTION));
    return CorpusSpec.builder()
        .seed(seed)
        .collections(collections)
        .images(total)
        .realisticFileSize(realisticFiles)
        .build();
  }

  /**
   * The public images that pass nilearn's default image terms (collections all pass the default
   * collection term).
   *
   * @throws IllegalStateException when fewer than {@code wanted} do
   */
  public static long requireSelectable(Corpus corpus, int wanted) {
    Terms terms = DefaultTerms.images();
    long selectable =
        corpus
            .imageIds()
            .filter(id -> terms.test(ImageMeta.fromJson(corpus.imageJson(id))))
            .count();
    if (selectable < wanted) {
      throw new IllegalStateException(
          "the corpus has only "
              + selectable
              + " images passing the default terms, "
              + wanted
              + " wanted; try another --seed");
    }
    return selectable;
  }
}
