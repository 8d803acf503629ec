package io.github.nvfetch.bench.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything under a directory (names, kinds, sizes and SHA-256 of contents, symbolic links not
 * followed), except one excluded subtree: taken before and after a harvest, two equal snapshots
 * prove that the harvest wrote, deleted or changed nothing outside its data directory.
 *
 * @param entries relative path to a description of the entry
 */
public record TreeSnapshot(Map<String, String> entries) {

  /** Makes the map unmodifiable and sorted. */
  public TreeSnapshot {
    entries = java.util.Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /** Takes the snapshot of {@code root} without the subtree {@code excluded}. */
  public static TreeSnapshot of(Path root, Path excluded) {
    Path skip = excluded.toAbsolutePath().normalize();
    Map<String, String> entries = new TreeMap<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.toAbsolutePath().normalize().equals(skip)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              entries.put(name(dir), "dir");
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              entries.put(name(file), describe(file, attrs));
              return FileVisitResult.CONTINUE;
            }

            private String name(Path p) {
              return "/" + root.relativize(p).toString().replace('\\', '/');
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSnapshot(entries);
  }

  private static String describe(Path file, BasicFileAttributes attrs) throws IOException {
    if (attrs.isSymbolicLink()) {
      return "link -> " + Files.readSymbolicLink(file);
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return "other";
    }
    return "file " + attrs.size() + " " + sha256(file);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
