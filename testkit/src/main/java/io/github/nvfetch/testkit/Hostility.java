package io.github.nvfetch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * JSON-level hostility of the replica's list and record routes: what a server that lies, loops or
 * floods would answer, each rule aimed at one list or one record so that a test can check that only
 * that list or record is affected. Immutable; build with {@link #builder()}; switch it on with
 * {@link ReplicaServer.Builder#hostility(Hostility)} or {@link ReplicaServer#setHostility}.
 *
 * <p>A list is named by its path as {@link #collectionImages(long)}, {@link #COLLECTION_LIST} or
 * {@link #IMAGE_LIST} give it. Raw JSON values (such as {@code 1e400}, which no JSON library
 * writes) are put in the body as given.
 */
public final class Hostility {

  /** The path of the collection list. */
  public static final String COLLECTION_LIST = "/api/collections/";

  /** The path of the list of every image. */
  public static final String IMAGE_LIST = "/api/images/";

  private static final Hostility NONE = builder().build();

  /** What a rule does. */
  public enum Kind {
    /** Every page of the list links {@code next} to itself. */
    SELF_NEXT,
    /** Pages after the first link {@code next} back to the first one (A to B to A). */
    NEXT_BACK_TO_FIRST,
    /** {@code count} is replaced by a raw JSON value. */
    COUNT_VALUE,
    /** Pages from an offset on answer no results, keeping {@code count} and {@code next}. */
    EMPTY_PAGE_FROM,
    /** A field of one image record is replaced by a raw JSON value, in lists and detail. */
    IMAGE_FIELD,
    /** A field of one image record is replaced by a raw JSON value in its detail only. */
    IMAGE_DETAIL_FIELD,
    /** A field of one collection record is replaced by a raw JSON value, lists and detail. */
    COLLECTION_FIELD,
    /** Every page of the list carries a response header of that many bytes. */
    HUGE_HEADER,
    /** Every page of the list is replaced by a page whose one record nests that deep. */
    DEEP_NESTING,
    /** Every page of the list is followed by that many bytes of whitespace. */
    HUGE_BODY
  }

  /**
   * One rule.
   *
   * @param kind what it does
   * @param path the list it applies to (list rules), else null
   * @param recordId the record it applies to (field rules), else 0
   * @param field the field replaced (field rules), else null
   * @param rawJson the raw JSON value put in (count and field rules), else null
   * @param size offset, bytes or depth (empty page, header, body, nesting rules), else 0
   */
  public record Rule(
      Kind kind, String path, long recordId, String field, String rawJson, long size) {}

  private final List<Rule> rules;

  private Hostility(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** No hostility (the default). */
  public static Hostility none() {
    return NONE;
  }

  /** A builder with no rule. */
  public static Builder builder() {
    return new Builder();
  }

  /** The path of one collection's image list. */
  public static String collectionImages(long collectionId) {
    return "/api/collections/" + collectionId + "/images/";
  }

  /** The rules, in the order added. */
  public List<Rule> rules() {
    return rules;
  }

  /** Whether there is no rule. */
  public boolean isNone() {
    return rules.isEmpty();
  }

  @Override
  public String toString() {
    return "Hostility" + rules;
  }

  /** Mutable builder; {@link #build()} copies the rules. */
  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();

    private Builder() {}

    private Builder add(
        Kind kind, String path, long recordId, String field, String rawJson, long size) {
      rules.add(new Rule(kind, path, recordId, field, rawJson, size));
      return this;
    }

    private static String list(String path) {
      Objects.requireNonNull(path, "path");
      if (!path.startsWith("/api/") || !path.endsWith("/")) {
        throw new IllegalArgumentException("a list path looks like /api/collections/: " + path);
      }
      return path;
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value;
    }

    /** Every page of the list links {@code next} to itself. */
    public Builder selfNext(String path) {
      return add(Kind.SELF_NEXT, list(path), 0, null, null, 0);
    }

    /** Pages after the first link {@code next} back to offset 0 (A to B to A). */
    public Builder nextBackToFirst(String path) {
      return add(Kind.NEXT_BACK_TO_FIRST, list(path), 0, null, null, 0);
    }

    /** Every page of the list announces this raw JSON as {@code count}. */
    public Builder countValue(String path, String rawJson) {
      return add(Kind.COUNT_VALUE, list(path), 0, null, Objects.requireNonNull(rawJson), 0);
    }

    /** Pages at {@code offset} and after answer no results (count and next kept). */
    public Builder emptyPageFrom(String path, long offset) {
      return add(Kind.EMPTY_PAGE_FROM, list(path), 0, null, null, positive(offset, "offset"));
    }

    /** Field {@code field} of image {@code imageId} reads {@code rawJson} everywhere. */
    public Builder imageField(long imageId, String field, String rawJson) {
      return add(
          Kind.IMAGE_FIELD,
          null,
          positive(imageId, "imageId"),
          Objects.requireNonNull(field),
          Objects.requireNonNull(rawJson),
          0);
    }

    /** Field {@code field} of image {@code imageId} reads {@code rawJson} in its detail only. */
    public Builder imageDetailField(long imageId, String field, String rawJson) {
      return add(
          Kind.IMAGE_DETAIL_FIELD,
          null,
          positive(imageId, "imageId"),
          Objects.requireNonNull(field),
          Objects.requireNonNull(rawJson),
          0);
    }

    /** Field {@code field} of collection {@code collectionId} reads {@code rawJson}. */
    public Builder collectionField(long collectionId, String field, String rawJson) {
      return add(
          Kind.COLLECTION_FIELD,
          null,
          positive(collectionId, "collectionId"),
          Objects.requireNonNull(field),
          Objects.requireNonNull(rawJson),
          0);
    }

    /** Every page of the list carries a header of {@code bytes} bytes. */
    public Builder hugeHeader(String path, int bytes) {
      return add(Kind.HUGE_HEADER, list(path), 0, null, null, positive(bytes, "bytes"));
    }

    /** Every page of the list is one record nested {@code depth} arrays deep. */
    public Builder deepNesting(String path, int depth) {
      return add(Kind.DEEP_NESTING, list(path), 0, null, null, positive(depth, "depth"));
    }

    /** Every page of the list is followed by {@code bytes} bytes of whitespace. */
    public Builder hugeBody(String path, long bytes) {
      return add(Kind.HUGE_BODY, list(path), 0, null, null, positive(bytes, "bytes"));
    }

    /** The hostility. */
    public Hostility build() {
      return new Hostility(rules);
    }
  }
}
