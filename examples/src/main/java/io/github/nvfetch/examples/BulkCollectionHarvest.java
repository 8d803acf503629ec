package io.github.nvfetch.examples;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A bulk harvest of one whole collection, with failures as data: every outcome (fetched image or
 * failure with its reason) flows through one stream, the harvest goes on past missing and corrupt
 * files, and the failures are tallied by reason at the end. Re-running it fetches only what is
 * missing (download_new). Against the real service it harvests collection 1952 (IBC, thousands of
 * images: stop it with Ctrl-C, re-run to resume); the embedded replica serves its largest
 * collection, with 10% of the files missing and 5% corrupt.
 *
 * <p>Run: {@code ./nvfetch example bulk [--base-url https://neurovault.org]}
 */
public final class BulkCollectionHarvest {

  static final CorpusSpec CORPUS =
      CorpusSpec.builder()
          .seed(7)
          .collections(6)
          .images(120)
          .privateCollectionRate(0)
          .missingFileRate(0.10)
          .corruptFileRate(0.05)
          .build();

  private BulkCollectionHarvest() {}

  /**
   * What the harvest produced.
   *
   * @param collectionId the collection
   * @param fetched the images on disk
   * @param failed the images that could not be fetched, with reasons
   */
  public record Result(long collectionId, List<FetchedImage> fetched, List<FailedImage> failed) {}

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args, CORPUS)) {
      run(env);
    }
  }

  /** Harvests the collection, printing failures as they come, then the tally. */
  public static Result run(ExampleEnvironment env) {
    long collection =
        env.replica().map(replica -> largest(replica.corpus())).orElse(FetchByIds.COLLECTION);
    env.out().println("Harvesting collection " + collection + " whole...");
    IdsRequest request =
        IdsRequest.builder().collectionIds(collection).dataDir(env.dataDir()).build();
    List<FetchedImage> fetched = new ArrayList<>();
    List<FailedImage> failed = new ArrayList<>();
    env.client()
        .fetchIdsOutcomes(request, HarvestListener.NONE)
        .doOnNext(outcome -> record(outcome, fetched, failed, env))
        .blockLast();
    Map<String, Long> byReason =
        new TreeMap<>(
            failed.stream()
                .collect(Collectors.groupingBy(FailedImage::reason, Collectors.counting())));
    env.out().println(fetched.size() + " images on disk, " + failed.size() + " failed:");
    byReason.forEach((reason, count) -> env.out().println("  " + count + " x " + reason));
    return new Result(collection, fetched, failed);
  }

  private static void record(
      ImageOutcome outcome,
      List<FetchedImage> fetched,
      List<FailedImage> failed,
      ExampleEnvironment env) {
    if (outcome instanceof FetchedImage image) {
      fetched.add(image);
    } else if (outcome instanceof FailedImage failure) {
      failed.add(failure);
      env.out().println("  failed: image " + failure.imageId() + ": " + failure.reason());
    }
  }

  private static long largest(Corpus corpus) {
    return corpus
        .collectionIds()
        .boxed()
        .max(Comparator.comparingLong(id -> corpus.imageIds(id).count()))
        .orElseThrow();
  }
}
