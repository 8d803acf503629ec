package io.github.nvfetch.core.store;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.internal.AtomicFiles;
import io.github.nvfetch.core.internal.Json;
import io.github.nvfetch.core.internal.StoreLayout;
import io.github.nvfetch.core.words.NeurosynthWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk store in nilearn's layout, under {@code <data_dir>/neurovault}:
 *
 * <pre>
 * collection_&lt;cid&gt;/collection_metadata.json
 * collection_&lt;cid&gt;/image_&lt;iid&gt;.nii.gz
 * collection_&lt;cid&gt;/image_&lt;iid&gt;_metadata.json
 * collection_&lt;cid&gt;/neurosynth_words_for_image_&lt;iid&gt;.json
 * </pre>
 *
 * <p>Every write is atomic (temporary file, then rename), so a reader or a later run never sees a
 * partial file. Nothing is ever written outside {@link #root()}: paths are built from numeric ids
 * only and checked, symbolic links included. Saved metadata carries truly relative {@code
 * relative_path} fields; keys containing {@code absolute} are never saved (nilearn's rule) but are
 * added to the metadata returned to callers. Directories written by nilearn are read as well,
 * absolute {@code relative_path} values included: paths are always recomputed from where the files
 * are.
 *
 * <p>Instances are immutable and thread-safe; methods block on file I/O.
 */
public final class LocalStore {

  /** Name of the store's folder inside the data directory. */
  public static final String DIR_NAME = "neurovault";

  private static final Logger LOG = LoggerFactory.getLogger(LocalStore.class);

  private final Path dataDir;
  private final StoreLayout layout;

  private LocalStore(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.layout = new StoreLayout(this.dataDir.resolve(DIR_NAME));
  }

  /** A store inside {@code dataDir} (nothing is created until something is written). */
  public static LocalStore at(Path dataDir) {
    return new LocalStore(Objects.requireNonNull(dataDir, "dataDir"));
  }

  /** The data directory this store lives in. */
  public Path dataDir() {
    return dataDir;
  }

  /** {@code <data_dir>/neurovault}. */
  public Path root() {
    return layout.root();
  }

  /** {@code collection_<cid>} directory. */
  public Path collectionDir(long collectionId) {
    return layout.collectionDir(collectionId);
  }

  /** {@code image_<iid>.nii.gz} of a collection. */
  public Path imageFile(long collectionId, long imageId) {
    return layout.imageFile(collectionId, imageId);
  }

  /** {@code neurosynth_words_for_image_<iid>.json} of a collection. */
  public Path wordsFile(long collectionId, long imageId) {
    return layout.wordsFile(collectionId, imageId);
  }

  /**
   * True when the store can be written: its folder exists and is writable, or can be created.
   * nilearn works offline when this is false.
   */
  public boolean isWritable() {
    Path probe = root();
    while (probe != null && !Files.exists(probe)) {
      probe = probe.getParent();
    }
    return probe != null && Files.isDirectory(probe) && Files.isWritable(probe);
  }

  /**
   * Saves a collection's metadata atomically and returns it with its path fields ({@code
   * relative_path}, {@code absolute_path}).
   */
  public CollectionMeta saveCollection(CollectionMeta collection) {
    CollectionMeta withPaths = layout.withPaths(collection);
    writeJson(layout.collectionMetadataFile(collection.id()), withPaths.asMap());
    return withPaths;
  }

  /**
   * Saves an image's metadata atomically and returns it with its path fields. The image is stored
   * under its {@code collection_id}.
   *
   * @param wordsRequested whether to add the {@code ns_words_*} path fields (nilearn adds them
   *     whenever words were requested, even if the words could not be fetched)
   * @throws InvalidMetadataException when the image has no usable {@code collection_id}
   */
  public ImageMeta saveImage(ImageMeta image, boolean wordsRequested) {
    long collectionId = requireCollectionId(image);
    ImageMeta withPaths = layout.withPaths(image, collectionId, wordsRequested);
    writeJson(layout.imageMetadataFile(collectionId, image.id()), withPaths.asMap());
    return withPaths;
  }

  /** The collection with its path fields, without writing anything. */
  public CollectionMeta withPaths(CollectionMeta collection) {
    return layout.withPaths(collection);
  }

  /**
   * The image with its path fields as {@link #saveImage} would set them, without writing anything.
   *
   * @throws InvalidMetadataException when the image has no usable {@code collection_id}
   */
  public ImageMeta withPaths(ImageMeta image, boolean wordsRequested) {
    return layout.withPaths(image, requireCollectionId(image), wordsRequested);
  }

  /** Where an image resampled to nilearn's grid is: {@code image_<iid>_resampled.nii.gz}. */
  public Path resampledFile(long collectionId, long imageId) {
    return layout.resampledFile(collectionId, imageId);
  }

  /**
   * A {@link StagedFile} for an image file: bytes go to {@code image_<iid>.nii.gz.part} and reach
   * {@code image_<iid>.nii.gz} only on commit. Does no I/O until the first write.
   */
  public StagedFile stageImageFile(long collectionId, long imageId) {
    return StagedFile.resolvedLater(() -> layout.imageFile(collectionId, imageId));
  }

  /** Saves a Neurosynth decode answer verbatim, atomically. */
  public Path saveWords(long collectionId, long imageId, byte[] document) {
    Path target = layout.wordsFile(collectionId, imageId);
    AtomicFiles.write(target, document);
    return target;
  }

  /** The word weights stored for an image; empty when the file is absent or not usable. */
  public Optional<Map<String, Double>> readWords(long collectionId, long imageId) {
    Path file = layout.wordsFile(collectionId, imageId);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return NeurosynthWords.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      LOG.warn("cannot read words file {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Ids of the collections on disk, ascending. */
  public List<Long> collectionIds() {
    return layout.collectionIds();
  }

  /** A saved collection with its path fields; empty when absent or unreadable (logged). */
  public Optional<CollectionMeta> readCollection(long collectionId) {
    Path file = layout.collectionMetadataFile(collectionId);
    return readJson(file)
        .map(
            json -> {
              try {
                return layout.withPaths(CollectionMeta.fromJson(json));
              } catch (InvalidMetadataException e) {
                LOG.warn("skipping {}: {}", file, e.getMessage());
                return null;
              }
            });
  }

  /**
   * The images saved in a collection's folder, ascending by id, with paths recomputed. Unreadable
   * metadata files are skipped with a warning.
   */
  public List<StoredImage> readImages(CollectionMeta collection) {
    List<StoredImage> images = new ArrayList<>();
    for (long imageId : layout.imageIds(collection.id())) {
      readImage(collection, imageId).ifPresent(images::add);
    }
    return images;
  }

  /** One saved image of a collection, if its metadata is on disk and readable. */
  public Optional<StoredImage> readImage(CollectionMeta collection, long imageId) {
    Path file = layout.imageMetadataFile(collection.id(), imageId);
    return readJson(file)
        .map(
            json -> {
              try {
                return layout.stored(ImageMeta.fromJson(json), collection);
              } catch (InvalidMetadataException e) {
                LOG.warn("skipping {}: {}", file, e.getMessage());
                return null;
              }
            });
  }

  /** Every image on disk, collection by collection, ascending ids. Reads lazily. */
  public Stream<StoredImage> images() {
    return collectionIds().stream()
        .map(this::readCollection)
        .flatMap(Optional::stream)
        .flatMap(collection -> readImages(collection).stream());
  }

  /**
   * Deletes {@code .part} and temporary files left by an interrupted run. Call it only when no
   * other process is harvesting into the same store.
   *
   * @return how many files were deleted
   */
  public int removeLeftovers() {
    return layout.removeLeftovers();
  }

  private static long requireCollectionId(ImageMeta image) {
    return image
        .collectionId()
        .orElseThrow(
            () ->
                new InvalidMetadataException(
                    "image "
                        + image.id()
                        + " has no usable collection_id (found "
                        + image.get("collection_id")
                        + ")"));
  }

  private void writeJson(Path target, Map<String, Object> fields) {
    try {
      byte[] bytes = Json.MAPPER.writeValueAsBytes(StoreLayout.withoutAbsoluteKeys(fields));
      AtomicFiles.write(layout.checked(target), bytes);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new StoreException("cannot serialize metadata for " + target, e);
    }
  }

  private Optional<com.fasterxml.jackson.databind.JsonNode> readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      LOG.warn("skipping unreadable {}: {}", file, e.getMessage());
      return Optional.empty();
    }
  }
}
