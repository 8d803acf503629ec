package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.store.UnsafePathException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Checks that a path stays inside a root directory, also through symbolic links. */
public final class SafePaths {

  private SafePaths() {}

  /**
   * Returns {@code path} if it is inside {@code root}, lexically and, for the part of it that
   * already exists below the root, after resolving symbolic links. (When nothing below the root
   * exists yet, there is no link to follow.)
   *
   * @throws UnsafePathException otherwise
   */
  public static Path requireInside(Path root, Path path) {
    Path normalRoot = root.toAbsolutePath().normalize();
    Path normal = path.toAbsolutePath().normalize();
    if (!normal.startsWith(normalRoot) || normal.equals(normalRoot)) {
      throw new UnsafePathException("refusing path outside " + normalRoot + ": " + path);
    }
    Path existing = deepestExisting(normal);
    if (existing != null && existing.startsWith(normalRoot)) {
      Path realRoot = realPath(normalRoot);
      Path realExisting = realPath(existing);
      if (!realExisting.startsWith(realRoot)) {
        throw new UnsafePathException(
            "refusing path that resolves outside "
                + realRoot
                + ": "
                + path
                + " -> "
                + realExisting);
      }
    }
    return normal;
  }

  private static Path deepestExisting(Path path) {
    Path current = path;
    while (current != null && !Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
      current = current.getParent();
    }
    return current;
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      throw new UnsafePathException("cannot resolve " + path + ": " + e.getMessage());
    }
  }
}
