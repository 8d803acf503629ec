package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.internal.walk.WalkJournal;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.core.store.StoreException;
import io.github.nvfetch.core.store.StoredImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * nilearn's file names and path fields, rooted at {@code <data_dir>/neurovault}. Paths are built
 * from numeric ids only and checked to stay inside the root.
 */
public final class StoreLayout {

  private static final Pattern COLLECTION_DIR = Pattern.compile("collection_(\\d{1,18})");
  private static final Pattern IMAGE_METADATA =
      Pattern.compile("image_(\\d{1,18})_metadata\\.json");

  private final Path root;

  /** A layout rooted at {@code root} (the {@code neurovault} folder). */
  public StoreLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The {@code neurovault} folder. */
  public Path root() {
    return root;
  }

  /** Checks that a path stays inside the root, symbolic links included. */
  public Path checked(Path path) {
    return SafePaths.requireInside(root, path);
  }

  /** {@code collection_<cid>}, relative to the root. */
  public static String collectionRelative(long collectionId) {
    return "collection_" + collectionId;
  }

  /** The collection folder. */
  public Path collectionDir(long collectionId) {
    return checked(root.resolve(collectionRelative(collectionId)));
  }

  /** {@code collection_metadata.json}. */
  public Path collectionMetadataFile(long collectionId) {
    return collectionDir(collectionId).resolve("collection_metadata.json");
  }

  /** {@code image_<iid>.nii.gz}. */
  public Path imageFile(long collectionId, long imageId) {
    return collectionDir(collectionId).resolve(imageFileName(imageId));
  }

  /** {@code image_<iid>_resampled.nii.gz}. */
  public Path resampledFile(long collectionId, long imageId) {
    return collectionDir(collectionId).resolve(resampledFileName(imageId));
  }

  /** {@code image_<iid>_metadata.json}. */
  public Path imageMetadataFile(long collectionId, long imageId) {
    return collectionDir(collectionId).resolve("image_" + imageId + "_metadata.json");
  }

  /** {@code neurosynth_words_for_image_<iid>.json}. */
  public Path wordsFile(long collectionId, long imageId) {
    return collectionDir(collectionId).resolve(wordsFileName(imageId));
  }

  private static String imageFileName(long imageId) {
    return "image_" + imageId + ".nii.gz";
  }

  private static String resampledFileName(long imageId) {
    return "image_" + imageId + "_resampled.nii.gz";
  }

  private static String wordsFileName(long imageId) {
    return "neurosynth_words_for_image_" + imageId + ".json";
  }

  /** The collection with {@code relative_path} and {@code absolute_path} set. */
  public CollectionMeta withPaths(CollectionMeta collection) {
    String relative = collectionRelative(collection.id());
    return collection
        .with("relative_path", relative)
        .with("absolute_path", collectionDir(collection.id()).toString());
  }

  /**
   * The image with nilearn's path fields set, all relative to the root: {@code relative_path},
   * {@code resampled_relative_path}, and when {@code withWords} {@code ns_words_relative_path};
   * each with its {@code absolute_*} twin. Stale {@code ns_words_*} fields are removed otherwise.
   */
  public ImageMeta withPaths(ImageMeta image, long collectionId, boolean withWords) {
    String dir = collectionRelative(collectionId) + "/";
    ImageMeta out = withPathPair(image, "", dir + imageFileName(image.id()));
    out = withPathPair(out, "resampled_", dir + resampledFileName(image.id()));
    if (withWords) {
      return withPathPair(out, "ns_words_", dir + wordsFileName(image.id()));
    }
    return out.without("ns_words_relative_path").without("ns_words_absolute_path");
  }

  private ImageMeta withPathPair(ImageMeta image, String prefix, String relative) {
    return image
        .with(prefix + "relative_path", relative)
        .with(prefix + "absolute_path", checked(root.resolve(relative)).toString());
  }

  /** A saved image read back, with paths recomputed from where its files are. */
  public StoredImage stored(ImageMeta saved, CollectionMeta collection) {
    long collectionId = collection.id();
    Path words = wordsFile(collectionId, saved.id());
    boolean hasWords = Files.isRegularFile(words);
    ImageMeta image = withPaths(saved, collectionId, hasWords);
    Path file = imageFile(collectionId, saved.id());
    return new StoredImage(
        image,
        collection,
        file,
        Files.isRegularFile(file),
        hasWords ? Optional.of(words) : Optional.empty());
  }

  /** Removes every key containing {@code absolute}, as nilearn does before saving. */
  public static Map<String, Object> withoutAbsoluteKeys(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>(fields);
    out.keySet().removeIf(key -> key.contains("absolute"));
    return out;
  }

  /** Ids of the {@code collection_<cid>} folders, ascending. */
  public List<Long> collectionIds() {
    return idsMatching(root, COLLECTION_DIR, true);
  }

  /** Ids of the {@code image_<iid>_metadata.json} files of a collection, ascending. */
  public List<Long> imageIds(long collectionId) {
    return idsMatching(collectionDir(collectionId), IMAGE_METADATA, false);
  }

  private static List<Long> idsMatching(Path dir, Pattern pattern, boolean directories) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Long> ids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(dir)) {
      entries
          .filter(p -> directories == Files.isDirectory(p))
          .forEach(
              p -> {
                Matcher m = pattern.matcher(p.getFileName().toString());
                OptionalLong id =
                    m.matches() ? LenientValues.asPositiveLong(m.group(1)) : OptionalLong.empty();
                id.ifPresent(ids::add);
              });
    } catch (IOException e) {
      throw new StoreException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    Collections.sort(ids);
    return ids;
  }

  /**
   * Deletes {@code .part} and atomic-write temporary files in every collection folder, and the
   * temporary files of walk records a killed run left in {@code .nvfetch}.
   */
  public int removeLeftovers() {
    int removed = removeTemporaryFiles(root.resolve(WalkJournal.DIR_NAME));
    for (long collectionId : collectionIds()) {
      try (Stream<Path> entries = Files.list(collectionDir(collectionId))) {
        for (Path p : (Iterable<Path>) entries::iterator) {
          String name = p.getFileName().toString();
          if (name.endsWith(StagedFile.PART_SUFFIX) || name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
            Files.deleteIfExists(p);
            removed++;
          }
        }
      } catch (IOException e) {
        throw new StoreException("cannot clean " + collectionDir(collectionId), e);
      }
    }
    return removed;
  }

  private static int removeTemporaryFiles(Path dir) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int removed = 0;
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path p : (Iterable<Path>) entries::iterator) {
        if (p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)) {
          Files.deleteIfExists(p);
          removed++;
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot clean " + dir, e);
    }
    return removed;
  }
}
