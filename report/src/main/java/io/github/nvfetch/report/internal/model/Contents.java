package io.github.nvfetch.report.internal.model;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoredImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Gathers the images and failures of a report from a dataset or from a data dir. */
public final class Contents {

  private Contents() {}

  /**
   * What a harvest's dataset holds.
   *
   * @param images the fetched images
   * @param failures the failed images
   */
  public record Gathered(List<ReportImage> images, List<ReportFailure> failures) {}

  /** The images and failures of a dataset (reads the words files). */
  public static Gathered of(NeuroVaultDataset dataset) {
    List<ReportImage> images = new ArrayList<>();
    for (FetchedImage image : dataset.fetched()) {
      images.add(
          ImageRecords.image(
              image.image(),
              image.collection(),
              image.file(),
              image.origin() == FetchedImage.Origin.DOWNLOADED,
              image.wordsFile()));
    }
    List<ReportFailure> failures = new ArrayList<>();
    for (FailedImage failure : dataset.failures()) {
      failures.add(
          new ReportFailure(
              "image",
              failure.imageId(),
              failure.image().flatMap(ImageMeta::name),
              failure.reason()));
    }
    return new Gathered(images, failures);
  }

  /**
   * What a data dir holds, offline: every image whose metadata is stored; one whose file is missing
   * is listed as a failure.
   */
  public static Gathered of(LocalStore store) {
    List<ReportImage> images = new ArrayList<>();
    List<ReportFailure> failures = new ArrayList<>();
    try (Stream<StoredImage> stored = store.images()) {
      stored.forEach(
          image -> {
            if (image.fileExists()) {
              images.add(
                  ImageRecords.image(
                      image.image(), image.collection(), image.file(), false, image.wordsFile()));
            } else {
              failures.add(
                  new ReportFailure(
                      "image",
                      image.image().id(),
                      image.image().name(),
                      "image file missing from the store: " + image.file().getFileName()));
            }
          });
    }
    return new Gathered(images, failures);
  }

  /** A failed collection (ids harvests). */
  public static ReportFailure collection(long collectionId, String reason) {
    return new ReportFailure("collection", collectionId, Optional.empty(), reason);
  }
}
