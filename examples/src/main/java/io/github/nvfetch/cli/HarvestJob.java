package io.github.nvfetch.cli;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;

/**
 * A harvest to run, filtered or by ids, with what the command line needs to know about it.
 *
 * @param dataDir the data directory
 * @param mode the mode
 * @param maxImages the limit of fetched images, if any
 * @param wordsRequested whether words are fetched and vectorized
 * @param warnings nilearn's warnings about the parameters
 * @param byIds whether it is an ids harvest
 * @param runner starts the harvest on a client, reporting to a listener
 * @param imageTermKeys the keys of the image terms (for "no record had a field")
 * @param collectionTermKeys the keys of the collection terms
 */
public record HarvestJob(
    Path dataDir,
    Mode mode,
    OptionalInt maxImages,
    boolean wordsRequested,
    List<String> warnings,
    boolean byIds,
    BiFunction<NeuroVaultClient, HarvestListener, Mono<NeuroVaultDataset>> runner,
    Set<String> imageTermKeys,
    Set<String> collectionTermKeys) {

  /** A filtered harvest ({@code fetch}). */
  public static HarvestJob of(FetchRequest request) {
    return new HarvestJob(
        request.dataDir(),
        request.mode(),
        request.maxImages(),
        request.fetchNeurosynthWords() && request.vectorizeWords(),
        request.warnings(),
        false,
        (client, listener) -> client.fetchDataset(request, listener),
        new LinkedHashSet<>(request.effectiveImageTerms().asMap().keySet()),
        new LinkedHashSet<>(request.effectiveCollectionTerms().asMap().keySet()));
  }

  /** A harvest by ids ({@code ids}). */
  public static HarvestJob of(IdsRequest request) {
    return new HarvestJob(
        request.dataDir(),
        request.mode(),
        OptionalInt.empty(),
        request.fetchNeurosynthWords() && request.vectorizeWords(),
        List.of(),
        true,
        (client, listener) -> client.fetchIdsDataset(request, listener),
        Set.of(),
        Set.of());
  }
}
