package io.github.nvfetch.testkit.internal.corpus;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Finds an image from its file path within a collection: a bounded LRU of per-collection name maps,
 * so serving a whole collection's files costs one scan of its names, and memory stays bounded.
 */
public final class FileIndex {

  private static final int MAX_COLLECTIONS = 64;

  private final Map<Integer, Map<String, Integer>> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<String, Integer>> eldest) {
          return size() > MAX_COLLECTIONS;
        }
      };

  /**
   * The index of the image whose relative path is {@code path}, or -1.
   *
   * @param position the collection's position
   * @param count the collection's image count
   * @param pathOf the relative path of the image at an index
   * @param path the wanted relative path (decoded)
   * @return the image's index in the collection, or -1
   */
  public int find(int position, int count, IntFunction<String> pathOf, String path) {
    Map<String, Integer> names;
    synchronized (cache) {
      names = cache.get(position);
    }
    if (names == null) {
      names = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        names.put(pathOf.apply(i), i);
      }
      synchronized (cache) {
        cache.put(position, names);
      }
    }
    return names.getOrDefault(path, -1);
  }
}
