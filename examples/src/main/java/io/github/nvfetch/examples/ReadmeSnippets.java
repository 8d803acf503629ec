package io.github.nvfetch.examples;

import static io.github.nvfetch.core.filter.Matchers.greaterOrEqual;
import static io.github.nvfetch.core.filter.Matchers.isIn;
import static io.github.nvfetch.core.filter.Matchers.notNull;
import static io.github.nvfetch.core.filter.Matchers.pattern;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.Pattern;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.report.HarvestReport;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.ReplicaServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;

/**
 * Every Java snippet of the README, verbatim, in methods that compile and that
 * {@code ReadmeSnippetsTest} runs against the embedded replica (and checks, line by line, that
 * the README still shows exactly this code). Edit a snippet here and in the README together.
 * Snippets use a {@code client} ({@code NeuroVaultClient.builder().build()} in real use) and a
 * {@code dataDir}.
 */
public final class ReadmeSnippets {

  private ReadmeSnippets() {}

  /** README, "Fetching by ids". */
  public static NeuroVaultDataset fetchByIds(NeuroVaultClient client, Path dataDir) {
    IdsRequest request = IdsRequest.builder()
        .collectionIds(1952)                 // whole collections, in this order
        .imageIds(32015, 32016)              // then single images
        .dataDir(dataDir)                    // files go to dataDir/neurovault
        .build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovaultIds(client, request);
    return data;
  }

  /** README, "Selection filters": terms merged over the defaults. */
  public static NeuroVaultDataset termsOverDefaults(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder()
        .imageTerm("modality", "fMRI-BOLD")              // nilearn: modality="fMRI-BOLD"
        .imageTerm("map_type", IsIn.of("T map", "Z map")) // replaces the default map_type term
        .maxImages(20)
        .dataDir(dataDir)
        .build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, request);
    return data;
  }

  /** README, "Selection filters": the matchers, with a static import of {@code Matchers}. */
  public static NeuroVaultDataset matchers(NeuroVaultClient client, Path dataDir) {
    Terms imageTerms = Terms.of(
        "modality", pattern("fmri(-.*)?", Pattern.Flag.IGNORECASE),
        "number_of_subjects", greaterOrEqual(20),
        "map_type", isIn("T map", "Z map"),
        "not_mni", false);
    FetchRequest request = FetchRequest.builder()
        .imageTerms(imageTerms)                          // replaces the default image terms
        .collectionTerms(Terms.of("DOI", notNull()))     // replaces number_of_images: NotNull
        .maxImages(10)
        .dataDir(dataDir)
        .build();
    return NeuroVault.fetchNeurovault(client, request);
  }

  /** README, "Selection filters": lambdas and ResultFilter combinations. */
  public static NeuroVaultDataset filters(NeuroVaultClient client, Path dataDir) {
    ResultFilter group = ResultFilter.of(Terms.of("analysis_level", "group"));
    ResultFilter tOrZ = ResultFilter.of(Terms.of("map_type", "T map"))
        .or(ResultFilter.of(Terms.of("map_type", "Z map")));
    ResultFilter thresholded = ResultFilter.of(Terms.of("is_thresholded", true));
    FetchRequest request = FetchRequest.builder()
        .imageTerms(Terms.of())                          // nilearn: image_terms={}
        .imageFilter(group.and(tOrZ).and(thresholded.not())
            .and(image -> image.size() < 60))            // any Predicate composes
        .collectionFilter(collection -> collection.numberOfImages().orElse(0) >= 5)
        .maxImages(10)
        .dataDir(dataDir)
        .build();
    return NeuroVault.fetchNeurovault(client, request);
  }

  /** README, "Output". */
  public static NeuroVaultDataset output(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder().maxImages(5).dataDir(dataDir).build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, request);
    List<Path> files = data.images();                    // nilearn: images
    List<ImageMeta> images = data.imagesMeta();          // images_meta
    List<CollectionMeta> collections = data.collectionsMeta(); // one per image, as nilearn
    List<FailedImage> failures = data.failures();        // what could not be fetched, and why
    String mapType = images.get(0).mapType().orElse("?");
    Object anyField = images.get(0).get("cognitive_paradigm_cogatlas");
    data.writeCsv(NeuroVaultDataset.Table.IMAGES, dataDir.resolve("images.csv"));
    data.writeJsonLines(NeuroVaultDataset.Table.COLLECTIONS, dataDir.resolve("collections.jsonl"));
    return data;
  }

  /** README, "Neurosynth annotations". */
  public static NeuroVaultDataset words(NeuroVaultClient client, Path dataDir) {
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, FetchRequest.builder()
        .fetchNeurosynthWords(true)
        .maxImages(5)
        .dataDir(dataDir)
        .build());
    List<String> vocabulary = data.vocabulary().orElse(List.of()); // sorted union of words
    double[][] frequencies = data.wordFrequencies().orElse(new double[0][0]); // [image][word]
    Path wordsOfFirst = data.fetched().get(0).wordsFile().orElseThrow();
    return data;
  }

  /** README, "The reactive API": a Flux with backpressure and listener events. */
  public static List<Path> reactive(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder().maxImages(50).dataDir(dataDir).build();
    Flux<Path> files = client.fetch(request, event -> {     // events: on their own thread
          if (event instanceof HarvestEvent.ImageFailed failed) {
            System.err.println("failed: " + failed.failure().reason());
          }
        })
        .limitRate(2)                // downloads follow demand: at most 2 asked at a time
        .map(FetchedImage::file);
    List<Path> firstTen = files.take(10).collectList().block(); // cancels the rest
    return firstTen;
  }

  /** README, "The reactive API": every outcome, failures as data. */
  public static int outcomes(NeuroVaultClient client, Path dataDir) {
    AtomicInteger failed = new AtomicInteger();
    client.fetchOutcomes(FetchRequest.builder().maxImages(5).dataDir(dataDir).build(),
            HarvestListener.NONE)
        .doOnNext(outcome -> {
          if (outcome instanceof FailedImage failure) {
            failed.incrementAndGet();
          }
        })
        .filter(ImageOutcome::isSuccess)
        .blockLast();
    return failed.get();
  }

  /** README, "Configuration" (builds a client for the real service; sends nothing). */
  public static NeuroVaultClient configuration() {
    NeuroVaultClient client = NeuroVaultClient.builder()
        .baseUrl("https://neurovault.org")
        .requestsPerSecond(8)                // shared by every request of the client
        .maxConnections(6)                   // raised to downloadConcurrency + 1 if lower
        .downloadConcurrency(4)              // image files in flight
        .connectTimeout(Duration.ofSeconds(10))
        .responseTimeout(Duration.ofSeconds(60))
        .fileTimeout(Duration.ofMinutes(10))
        .retry(RetrySettings.builder()
            .maxAttempts(8)
            .initialBackoff(Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(15))
            .jitter(0.5)
            .build())
        .apiToken(System.getenv("NEUROVAULT_TOKEN")) // optional: your private collections
        .build();
    return client;
  }

  /** README, "The replica": the testkit in a test of your own. */
  public static List<Long> replica(Path dataDir) {
    try (ReplicaServer replica = ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(42).collections(12).images(240).build())
            .faults(FaultProfile.NGINX)      // nginx's limits: 10 r/s, burst 20, 10 connections
            .port(0)
            .start();
        NeuroVaultClient client = NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.neurosynthUrl())
            .build()) {
      NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, FetchRequest.builder()
          .maxImages(3).mode(Mode.OVERWRITE).dataDir(dataDir).build());
      return data.imagesMeta().stream().map(ImageMeta::id).toList();
    }
  }

  /** README, "Compatibility": nilearn's default terms, spelled out. */
  public static List<Terms> defaults() {
    Terms images = DefaultTerms.images();
    // {'not_mni': False, 'is_thresholded': False,
    //  'map_type': NotIn('ROI/mask', 'anatomical', 'parcellation'),
    //  'image_type': NotEqual('atlas')}
    Terms collections = DefaultTerms.collections(); // {'number_of_images': NotNull()}
    return List.of(images, collections);
  }

  /** README, "Selection filters": lambdas over the concrete type compose with a filter. */
  public static Predicate<ImageMeta> typedFilters() {
    Predicate<ImageMeta> tMap = image -> image.mapType().filter("T map"::equals).isPresent();
    Predicate<ImageMeta> groupTMaps = ResultFilter.of(Terms.of("analysis_level", "group"))
        .and((ImageMeta image) -> image.numberOfSubjects().orElse(0) >= 10)
        .and(tMap);
    return groupTMaps;
  }

  /** README, "The harvest report": a report of a dataset, and one of a data dir. */
  public static List<Path> report(NeuroVaultDataset dataset, FetchRequest request,
      Duration took, Path dataDir) {
    Path page = HarvestReport.of(dataset).request(request).elapsed(took).build()
        .write(dataDir.resolve("report.html"));           // thumbnails in report_files/ beside it
    Path offline = HarvestReport.ofDataDir(dataDir)      // from the stored metadata, no request
        .inlineThumbnails(true).build().write(dataDir.resolve("store.html"));
    return List.of(page, offline);
  }
}
