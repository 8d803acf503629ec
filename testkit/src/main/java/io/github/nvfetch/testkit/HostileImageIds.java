package io.github.nvfetch.testkit;

import java.util.List;

/**
 * The image ids of the hostile records that {@link CorpusSpec.Builder#hostileRecords(boolean)}
 * adds, all in one public collection placed after every regular collection.
 *
 * @param pathTraversal {@code file} is {@code .../media/images/../../../etc/passwd}
 * @param encodedTraversal {@code file} holds {@code ..%2F..%2F} segments
 * @param stringCollectionId {@code collection_id} is the string {@code "../../evil"}
 * @param hugeContentLength the file answer declares a 50 GB {@code Content-Length} but sends a few
 *     KB, then closes
 * @param gzipBomb a small gzip with a valid NIfTI header that inflates to gigabytes
 * @param notNifti a valid gzip whose content is not NIfTI
 * @param deepJson the record carries a custom key nested 1000 levels deep
 * @param hugeString the record carries a ~20 MB string (in {@code description})
 */
public record HostileImageIds(
    long pathTraversal,
    long encodedTraversal,
    long stringCollectionId,
    long hugeContentLength,
    long gzipBomb,
    long notNifti,
    long deepJson,
    long hugeString) {

  /** All the ids, ascending. */
  public List<Long> all() {
    return List.of(
        pathTraversal,
        encodedTraversal,
        stringCollectionId,
        hugeContentLength,
        gzipBomb,
        notNifti,
        deepJson,
        hugeString);
  }
}
