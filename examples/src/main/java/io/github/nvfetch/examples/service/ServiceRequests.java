package io.github.nvfetch.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.cli.TermArgument;
import io.github.nvfetch.cli.TermParser;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.filter.Terms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns what a service client sends into harvest requests. Query parameters use the command line's
 * syntax ({@code term=KEY=VALUE}, repeatable; {@code collection_term}; {@code max_images=N} or
 * {@code all}; {@code words=true}; {@code mode}); a posted body is the JSON request document. The
 * data directory is the service's: a request cannot choose where files go.
 */
final class ServiceRequests {

  private static final Set<String> FETCH_PARAMETERS =
      Set.of("term", "collection_term", "max_images", "words", "mode", "no_default_terms");
  private static final Set<String> IDS_PARAMETERS = Set.of("collection", "image", "words", "mode");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dataDir;

  ServiceRequests(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** A filtered harvest from query parameters. */
  FetchRequest fetch(Map<String, List<String>> query) {
    checkKnown(query, FETCH_PARAMETERS);
    FetchRequest.Builder builder = FetchRequest.builder().dataDir(dataDir);
    Terms collectionTerms = FetchRequest.defaults().collectionTerms();
    if (flag(query, "no_default_terms")) {
      builder.imageTerms(Terms.of());
      collectionTerms = Terms.of();
    }
    for (String text : query.getOrDefault("collection_term", List.of())) {
      TermArgument term = term(text);
      collectionTerms = collectionTerms.with(term.key(), term.value());
    }
    builder.collectionTerms(collectionTerms);
    for (String text : query.getOrDefault("term", List.of())) {
      TermArgument term = term(text);
      builder.imageTerm(term.key(), term.value());
    }
    single(query, "max_images").ifPresent(value -> builder.maxImages(maxImages(value)));
    single(query, "mode").ifPresent(value -> builder.mode(mode(value)));
    return build(() -> builder.fetchNeurosynthWords(flag(query, "words")).build());
  }

  /** A filtered harvest from a posted JSON request document. */
  FetchRequest fetch(String body) {
    FetchRequest parsed;
    try {
      parsed = FetchRequest.fromJson(body);
    } catch (RequestFormatException e) {
      throw new BadRequestException("request body: " + e.getMessage());
    }
    if (hasDataDir(body)) {
      throw new BadRequestException(
          "request body: data_dir is chosen by the service, " + "not by a request");
    }
    return build(() -> parsed.toBuilder().dataDir(dataDir).build());
  }

  private static boolean hasDataDir(String body) {
    try {
      JsonNode tree = JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
      return tree != null && tree.has("data_dir");
    } catch (IOException e) {
      return false; // the request parser has accepted it: cannot happen
    }
  }

  /** A harvest by ids from query parameters. */
  IdsRequest ids(Map<String, List<String>> query) {
    checkKnown(query, IDS_PARAMETERS);
    long[] collections = ids(query, "collection");
    long[] images = ids(query, "image");
    if (collections.length == 0 && images.length == 0) {
      throw new BadRequestException("no ids: give collection=ID and/or image=ID");
    }
    IdsRequest.Builder builder =
        IdsRequest.builder()
            .dataDir(dataDir)
            .collectionIds(collections)
            .imageIds(images)
            .fetchNeurosynthWords(flag(query, "words"));
    single(query, "mode").ifPresent(value -> builder.mode(mode(value)));
    return build(builder::build);
  }

  private static <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static TermArgument term(String text) {
    try {
      return TermParser.parse(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  private static Integer maxImages(String value) {
    if ("all".equalsIgnoreCase(value)) {
      return null;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException(
        "max_images: '"
            + value
            + "' is not a number of images: write a whole number (0 or more) or 'all'");
  }

  private static Mode mode(String value) {
    String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Mode mode : Mode.values()) {
      if (mode.name().equals(name)) {
        return mode;
      }
    }
    throw new BadRequestException(
        "mode: '" + value + "' is not a mode: write download_new, overwrite or offline");
  }

  private static long[] ids(Map<String, List<String>> query, String name) {
    return query.getOrDefault(name, List.of()).stream()
        .flatMap(value -> List.of(value.split(",")).stream())
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .mapToLong(value -> id(name, value))
        .toArray();
  }

  private static long id(String name, String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadRequestException(name + ": '" + value + "' is not an id (a positive integer)");
  }

  private static boolean flag(Map<String, List<String>> query, String name) {
    return single(query, name)
        .map(
            value -> {
              switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "", "true", "1", "yes":
                  return true;
                case "false", "0", "no":
                  return false;
                default:
                  throw new BadRequestException(name + ": '" + value + "' is not true or false");
              }
            })
        .orElse(false);
  }

  private static Optional<String> single(Map<String, List<String>> query, String name) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      throw new BadRequestException(name + " is given " + values.size() + " times; give it once");
    }
    return values.stream().findFirst();
  }

  private static void checkKnown(Map<String, List<String>> query, Set<String> known) {
    for (String name : query.keySet()) {
      if (!known.contains(name)) {
        throw new BadRequestException(
            "unknown parameter '" + name + "'; known: " + known.stream().sorted().toList());
      }
    }
  }
}
