package io.github.nvfetch.core.internal.walk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What decides which collections and images a filtered harvest's server walk selects, and in which
 * order: the server, and the effective collection and image terms (their Python repr, which is
 * stable across runs). A recorded walk is only continued for an equal selection; {@code maxImages}
 * is not part of it (a resumed run may ask for more, or fewer, images).
 *
 * @param baseUrl the NeuroVault base URL the walk reads
 * @param collectionTerms the effective collection terms, as text
 * @param imageTerms the effective image terms, as text
 */
public record WalkSelection(String baseUrl, String collectionTerms, String imageTerms) {

  /** Checks that no part is null. */
  public WalkSelection {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(collectionTerms, "collectionTerms");
    Objects.requireNonNull(imageTerms, "imageTerms");
  }

  /** The first 16 hex digits of the SHA-256 of the selection: the journal file's name part. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : List.of(baseUrl, collectionTerms, imageTerms)) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * How {@code recorded} differs from this selection, one phrase per part ({@code image terms:
   * recorded {...}, now {...}}); empty when they are equal.
   */
  public List<String> differencesFrom(WalkSelection recorded) {
    List<String> found = new ArrayList<>();
    compare(found, "base URL", recorded.baseUrl, baseUrl);
    compare(found, "collection terms", recorded.collectionTerms, collectionTerms);
    compare(found, "image terms", recorded.imageTerms, imageTerms);
    return found;
  }

  private static void compare(List<String> found, String what, String recorded, String now) {
    if (!recorded.equals(now)) {
      found.add(what + ": recorded " + recorded + ", now " + now);
    }
  }
}
