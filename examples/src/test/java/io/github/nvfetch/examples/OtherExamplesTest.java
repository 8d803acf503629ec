package io.github.nvfetch.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.FileStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ids, Neurosynth, streaming and bulk examples against the embedded replica. */
class OtherExamplesTest {

  @TempDir Path dir;

  @Test
  void fetchByIdsMapsNilearnsIdsToTheReplicas() {
    Corpus corpus = Corpus.generate(FetchByIds.CORPUS);
    long[] collections = corpus.collectionIds().limit(2).toArray();
    long[] images = corpus.imageIds(collections[1]).limit(2).toArray();

    ExampleRun<NeuroVaultDataset> run = ExampleRun.of(FetchByIds.CORPUS, dir, FetchByIds::run);

    assertTrue(
        run.printed()
            .contains(
                "The replica has no collection 1952 nor images 32015, "
                    + "32016: using its collection "
                    + collections[0]
                    + " and images ["
                    + images[0]
                    + ", "
                    + images[1]
                    + "] instead."),
        run.printed());
    List<Long> expected =
        LongStream.concat(corpus.imageIds(collections[0]), LongStream.of(images)).boxed().toList();
    assertEquals(expected, run.result().fetched().stream().map(FetchedImage::imageId).toList());
    run.result().fetched().forEach(image -> assertTrue(Files.isRegularFile(image.file())));
  }

  @Test
  void neurosynthWordsGiveAVocabularyAndFrequencies() {
    ExampleRun<NeuroVaultDataset> run =
        ExampleRun.of(FilteredExample.CORPUS, dir, NeurosynthWords::run);

    NeuroVaultDataset data = run.result();
    assertEquals(5, data.fetched().size());
    List<String> vocabulary = data.vocabulary().orElseThrow();
    assertEquals(vocabulary.stream().sorted().toList(), vocabulary);
    assertEquals(5, data.wordFrequencies().orElseThrow().length);
    assertEquals(vocabulary.size(), data.wordFrequencies().orElseThrow()[0].length);
    data.fetched()
        .forEach(image -> assertTrue(Files.isRegularFile(image.wordsFile().orElseThrow())));
    assertTrue(
        run.printed().contains("vocabulary: " + vocabulary.size() + " words"), run.printed());
    assertTrue(run.printed().contains("word frequencies: 5 x " + vocabulary.size()));
    assertEquals(5, run.printed().lines().filter(l -> l.contains("strongest word")).count());
  }

  @Test
  void aSlowSubscriberBoundsTheDownloads() {
    ExampleRun<List<StreamingService.ImageSummary>> run =
        ExampleRun.of(
            FilteredExample.CORPUS,
            dir,
            env -> {
              List<StreamingService.ImageSummary> handled = StreamingService.run(env);
              long served = StreamingService.filesServed(env.replica().orElseThrow());
              // the harvest runs ahead of its subscriber by its window (twice the 4 downloads)
              // plus one image in each of two one-element queues: the store's and the consumer's
              assertTrue(
                  served >= StreamingService.HANDLED
                      && served <= StreamingService.HANDLED + 2 * 4 + 4,
                  "files served: " + served + " for " + StreamingService.HANDLED + " handled");
              return handled;
            });

    assertEquals(StreamingService.HANDLED, run.result().size());
    assertTrue(
        run.printed().contains("The subscriber handled 5 images out of 40 allowed."),
        run.printed());
    assertTrue(run.printed().contains("The replica served "), run.printed());
    assertEquals(List.of(), ExampleRun.leftovers(dir));
  }

  @Test
  void bulkHarvestReportsFailuresAsData() {
    ExampleRun<BulkCollectionHarvest.Result> run =
        ExampleRun.of(BulkCollectionHarvest.CORPUS, dir, BulkCollectionHarvest::run);

    BulkCollectionHarvest.Result result = run.result();
    Corpus corpus = Corpus.generate(BulkCollectionHarvest.CORPUS);
    long size = corpus.imageIds(result.collectionId()).count();
    assertEquals(
        corpus.collectionIds().map(id -> corpus.imageIds(id).count()).max().orElseThrow(),
        size,
        "the largest collection");
    assertEquals(size, result.fetched().size() + result.failed().size());
    assertFalse(result.failed().isEmpty(), "the corpus has missing and corrupt files");
    for (FailedImage failure : result.failed()) {
      assertTrue(corpus.fileStatus(failure.imageId()) != FileStatus.OK, failure.toString());
      assertTrue(
          run.printed().contains("  failed: image " + failure.imageId() + ": " + failure.reason()),
          run.printed());
    }
    result.fetched().forEach(image -> assertTrue(Files.isRegularFile(image.file())));
    assertTrue(
        run.printed()
            .contains(
                result.fetched().size()
                    + " images on disk, "
                    + result.failed().size()
                    + " failed:"),
        run.printed());
    assertEquals(List.of(), ExampleRun.leftovers(dir));
  }

  @Test
  void everyExampleHasAName() {
    for (Example example : Example.values()) {
      assertEquals(example, Example.named(example.exampleName()).orElseThrow());
      assertFalse(example.description().isBlank());
    }
  }
}
