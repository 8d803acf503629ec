package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.RequestFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads declarative JSON requests into {@link FetchRequest} and {@link IdsRequest}.
 *
 * <p>A fetch request is an object with the optional members {@code max_images} (integer, or null
 * for no limit), {@code mode}, {@code collection_terms} and {@code image_terms} (terms objects;
 * absent or null: the defaults; {@code {}}: none), {@code image_filter} and {@code
 * collection_filter} (filters), {@code fetch_neurosynth_words}, {@code vectorize_words} (booleans),
 * {@code resample} and {@code resume} (booleans), {@code interpolation} ({@code "continuous"},
 * {@code "linear"} or {@code "nearest"}) and {@code data_dir} (string); every other member is an
 * extra image term (nilearn's keyword arguments), except a near miss of a member above ({@code
 * maxImages}, {@code max_image}, {@code fetch_neurosynth_word}: an error with "did you mean"; such
 * a field is filtered on under {@code image_terms}), nilearn parameters this SDK handles elsewhere
 * ({@code timeout}, {@code verbose}) and ids, which are rejected rather than silently turned into
 * image terms. An ids request has {@code collection_ids}, {@code image_ids}, {@code mode}, {@code
 * fetch_neurosynth_words}, {@code vectorize_words}, {@code resample}, {@code interpolation} and
 * {@code data_dir}, and nothing else.
 */
public final class RequestJsonParser {

  private static final ObjectReader STRICT_READER =
      Json.MAPPER
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .without(DeserializationFeature.USE_LONG_FOR_INTS)
          .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Set<String> UNSUPPORTED_NILEARN_PARAMETERS = Set.of("timeout", "verbose");

  private static final Set<String> IDS_MEMBERS = Set.of("collection_ids", "image_ids");

  /** The members of a fetch request, for "did you mean". */
  private static final List<String> FETCH_MEMBERS =
      List.of(
          "max_images",
          "mode",
          "collection_terms",
          "image_terms",
          "collection_filter",
          "image_filter",
          "fetch_neurosynth_words",
          "vectorize_words",
          "resample",
          "interpolation",
          "data_dir",
          "resume");

  /** The members of an ids request, for "did you mean". */
  private static final List<String> IDS_REQUEST_MEMBERS =
      List.of(
          "collection_ids",
          "image_ids",
          "mode",
          "fetch_neurosynth_words",
          "vectorize_words",
          "resample",
          "interpolation",
          "data_dir");

  /** A byte order mark some editors put at the start of UTF-8 files. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private RequestJsonParser() {}

  /** Reads a fetch request from JSON text. */
  public static FetchRequest parseFetchRequest(String json) {
    return parseFetchRequest(readDocument(json));
  }

  /** Reads a fetch request from a parsed document. */
  public static FetchRequest parseFetchRequest(JsonNode document) {
    JsonFields.requireObject(document, JsonPath.ROOT, "a request");
    FetchRequest.Builder builder = FetchRequest.builder();
    forEachMember(document, (name, value, path) -> applyFetchMember(builder, name, value, path));
    return builder.build();
  }

  /** Reads an ids request from JSON text. */
  public static IdsRequest parseIdsRequest(String json) {
    return parseIdsRequest(readDocument(json));
  }

  /** Reads an ids request from a parsed document. */
  public static IdsRequest parseIdsRequest(JsonNode document) {
    JsonFields.requireObject(document, JsonPath.ROOT, "a request");
    IdsRequest.Builder builder = IdsRequest.builder();
    forEachMember(document, (name, value, path) -> applyIdsMember(builder, name, value, path));
    return builder.build();
  }

  /**
   * Reads a harvest request from JSON text: an ids request when the document names {@code
   * collection_ids} or {@code image_ids}, a filtered one otherwise.
   */
  public static HarvestRequest parseHarvestRequest(String json) {
    JsonNode document = readDocument(json);
    if (document != null && document.isObject() && IDS_MEMBERS.stream().anyMatch(document::has)) {
      return parseIdsRequest(document);
    }
    return parseFetchRequest(document);
  }

  /**
   * The whole text of a reader (closed after).
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public static String text(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try (Reader in = reader) {
      StringWriter out = new StringWriter();
      in.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request: " + e.getMessage(), e);
    }
  }

  /**
   * The whole text of a UTF-8 file.
   *
   * @throws UncheckedIOException when it cannot be read
   */
  public static String text(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses JSON text strictly: no trailing content, no duplicate member names.
   *
   * @throws RequestFormatException with path {@code $} for text that is not valid JSON
   */
  static JsonNode readDocument(String json) {
    if (json == null) {
      throw new RequestFormatException(JsonPath.ROOT, "no JSON text");
    }
    String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
    try {
      return STRICT_READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new RequestFormatException(
          JsonPath.ROOT, "not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static void applyFetchMember(
      FetchRequest.Builder builder, String name, JsonNode value, String path) {
    switch (name) {
      case "max_images":
        builder.maxImages(JsonFields.maxImages(value, path));
        break;
      case "mode":
        builder.mode(JsonFields.mode(value, path));
        break;
      case "collection_terms":
        builder.collectionTerms(value.isNull() ? null : TermJsonParser.parseTerms(value, path));
        break;
      case "image_terms":
        builder.imageTerms(value.isNull() ? null : TermJsonParser.parseTerms(value, path));
        break;
      case "collection_filter":
        if (!value.isNull()) {
          builder.collectionFilter(FilterJsonParser.parseFilter(value, path));
        }
        break;
      case "image_filter":
        if (!value.isNull()) {
          builder.imageFilter(FilterJsonParser.parseFilter(value, path));
        }
        break;
      default:
        applySharedOrExtraTerm(builder, name, value, path);
    }
  }

  private static void applySharedOrExtraTerm(
      FetchRequest.Builder builder, String name, JsonNode value, String path) {
    switch (name) {
      case "fetch_neurosynth_words":
        builder.fetchNeurosynthWords(JsonFields.bool(value, path));
        break;
      case "vectorize_words":
        builder.vectorizeWords(JsonFields.bool(value, path));
        break;
      case "resume":
        builder.resume(JsonFields.bool(value, path));
        break;
      case "data_dir":
        builder.dataDir(JsonFields.dataDir(value, path));
        break;
      case "resample":
        builder.resample(JsonFields.bool(value, path));
        break;
      case "interpolation":
        builder.interpolation(JsonFields.interpolation(value, path));
        break;
      default:
        builder.imageTerm(name, extraImageTerm(name, value, path));
    }
  }

  private static Object extraImageTerm(String name, JsonNode value, String path) {
    if (UNSUPPORTED_NILEARN_PARAMETERS.contains(name)) {
      throw new RequestFormatException(
          path, "nilearn's '" + name + "' parameter is not part of " + "a request document");
    }
    if (IDS_MEMBERS.contains(name)) {
      throw new RequestFormatException(
          path, "'" + name + "' belongs to an ids request, not to a " + "filtered request");
    }
    if (name.startsWith("$")) {
      throw new RequestFormatException(
          path,
          "operators are not allowed at the top level; put "
              + "filters under image_filter or collection_filter");
    }
    NearMisses.of(name, FETCH_MEMBERS)
        .ifPresent(
            meant -> {
              throw new RequestFormatException(
                  path,
                  "unknown member '"
                      + name
                      + "'; did you mean '"
                      + meant
                      + "'? (to filter images on a field named '"
                      + name
                      + "', put it under "
                      + "image_terms)");
            });
    return TermJsonParser.parseTermValue(value, path);
  }

  private static void applyIdsMember(
      IdsRequest.Builder builder, String name, JsonNode value, String path) {
    switch (name) {
      case "collection_ids":
        builder.collectionIds(JsonFields.positiveIds(value, path));
        break;
      case "image_ids":
        builder.imageIds(JsonFields.positiveIds(value, path));
        break;
      case "mode":
        builder.mode(JsonFields.mode(value, path));
        break;
      case "fetch_neurosynth_words":
        builder.fetchNeurosynthWords(JsonFields.bool(value, path));
        break;
      case "vectorize_words":
        builder.vectorizeWords(JsonFields.bool(value, path));
        break;
      case "data_dir":
        builder.dataDir(JsonFields.dataDir(value, path));
        break;
      case "resample":
        builder.resample(JsonFields.bool(value, path));
        break;
      case "interpolation":
        builder.interpolation(JsonFields.interpolation(value, path));
        break;
      default:
        throw new RequestFormatException(
            path,
            "unknown member '"
                + name
                + "' in an ids "
                + "request; "
                + NearMisses.of(name, IDS_REQUEST_MEMBERS)
                    .map(meant -> "did you mean '" + meant + "'?")
                    .orElse(
                        "expected "
                            + "collection_ids, image_ids, mode, fetch_neurosynth_words, "
                            + "vectorize_words, resample, interpolation or data_dir"));
    }
  }

  private interface MemberHandler {
    void apply(String name, JsonNode value, String path);
  }

  private static void forEachMember(JsonNode object, MemberHandler handler) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      handler.apply(
          member.getKey(), member.getValue(), JsonPath.member(JsonPath.ROOT, member.getKey()));
    }
  }
}
