package io.github.nvfetch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.filter.Terms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Builds the request of a harvest from an optional {@code --request} file and the flags. The rule:
 * the file is read first; then every flag given on the command line wins over it. {@code
 * --no-default-terms} empties the image and collection terms (the file's too); {@code
 * --collection-term} is merged over the collection terms and {@code --term} over the image terms (a
 * term with the same key is replaced, others stay); {@code --max-images}, {@code --mode} and {@code
 * --data-dir} replace the file's values; {@code --neurosynth} turns words on; {@code
 * --collection}/{@code --image} ids are appended after the file's. Without {@code data_dir} in the
 * file nor {@code --data-dir}, files go to {@code ./nvfetch-data}.
 */
public final class RequestAssembler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RequestAssembler() {}

  /**
   * The request of {@code nvfetch fetch}.
   *
   * @throws CliException when the request file cannot be read or is not a valid request
   * @throws IllegalArgumentException for a flag value the request does not accept
   */
  public static FetchRequest fetch(StoreOptions store, FilterOptions filters) {
    Optional<String> text = read(store.requestFile());
    FetchRequest base =
        text.map(json -> parse(store, json, FetchRequest::fromJson))
            .orElseGet(FetchRequest::defaults);
    FetchRequest.Builder builder = base.toBuilder();
    Terms collectionTerms = base.collectionTerms();
    if (filters.noDefaultTerms) {
      builder.imageTerms(Terms.of());
      collectionTerms = Terms.of();
    }
    builder.collectionTerms(merged(collectionTerms, filters.collectionTerms));
    filters.terms.forEach(term -> builder.imageTerm(term.key(), term.value()));
    if (filters.maxImages != null) {
      builder.maxImages(
          filters.maxImages.limit().isPresent() ? filters.maxImages.limit().getAsInt() : null);
    }
    store.mode().ifPresent(builder::mode);
    if (filters.resume) {
      builder.resume(true);
    }
    if (store.verify()) {
      builder.verifyFiles(true);
    }
    if (store.neurosynth()) {
      builder.fetchNeurosynthWords(true);
    }
    if (store.resample()) {
      builder.resample(true);
    }
    store.interpolation().ifPresent(builder::interpolation);
    builder.dataDir(dataDir(store, text));
    return builder.build();
  }

  /**
   * The request of {@code nvfetch ids}.
   *
   * @throws CliException when the request file cannot be read or is not a valid request
   * @throws IllegalArgumentException when no id is given at all, or an id is not positive
   */
  public static IdsRequest ids(StoreOptions store, IdsOptions ids) {
    Optional<String> text = read(store.requestFile());
    IdsRequest base =
        text.map(json -> parse(store, json, IdsRequest::fromJson))
            .orElseGet(() -> IdsRequest.builder().build());
    IdsRequest.Builder builder =
        base.toBuilder()
            .collectionIds(concat(base.collectionIds(), ids.collectionIds))
            .imageIds(concat(base.imageIds(), ids.imageIds));
    store.mode().ifPresent(builder::mode);
    if (store.verify()) {
      builder.verifyFiles(true);
    }
    if (store.neurosynth()) {
      builder.fetchNeurosynthWords(true);
    }
    if (store.resample()) {
      builder.resample(true);
    }
    store.interpolation().ifPresent(builder::interpolation);
    builder.dataDir(dataDir(store, text));
    IdsRequest request = builder.build();
    if (request.collectionIds().isEmpty() && request.imageIds().isEmpty()) {
      throw new IllegalArgumentException(
          "no ids: give --collection ID and/or --image ID "
              + "(or a --request file with collection_ids/image_ids)");
    }
    return request;
  }

  private static <T> T parse(StoreOptions store, String json, Function<String, T> parser) {
    try {
      return parser.apply(json);
    } catch (RequestFormatException e) {
      throw new CliException(
          ExitCodes.BAD_INPUT, store.requestFile().orElseThrow() + ": " + e.getMessage(), e);
    }
  }

  private static Terms merged(Terms base, List<TermArgument> extra) {
    Terms terms = base;
    for (TermArgument term : extra) {
      terms = terms.with(term.key(), term.value());
    }
    return terms;
  }

  private static long[] concat(List<Long> first, List<Long> second) {
    return LongStream.concat(
            first.stream().mapToLong(Long::longValue), second.stream().mapToLong(Long::longValue))
        .toArray();
  }

  private static Path dataDir(StoreOptions store, Optional<String> requestText) {
    if (store.dataDir().isPresent()) {
      return store.dataDir().get();
    }
    return requestText.flatMap(RequestAssembler::fileDataDir).orElse(StoreOptions.DEFAULT_DATA_DIR);
  }

  private static Optional<Path> fileDataDir(String text) {
    try {
      JsonNode dir = JSON.readTree(text).get("data_dir");
      return dir == null || dir.isNull() ? Optional.empty() : Optional.of(Path.of(dir.asText()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> read(Optional<Path> file) {
    return file.map(
        path -> {
          try {
            return Files.readString(path);
          } catch (IOException e) {
            throw new CliException(
                ExitCodes.BAD_INPUT,
                "cannot read the request file " + path + ": " + Failures.describe(e));
          }
        });
  }
}
