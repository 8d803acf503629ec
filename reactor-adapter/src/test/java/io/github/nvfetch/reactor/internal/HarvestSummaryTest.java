package io.github.nvfetch.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.NeuroVaultException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.testing.CapturingLogger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** One summary line per harvest, and the HarvestFinished event last. */
class HarvestSummaryTest {

  private final EventDispatcher dispatcher = new EventDispatcher("test-events");
  private final List<HarvestEvent> events = new CopyOnWriteArrayList<>();
  private final EventSink sink = new EventSink(dispatcher, events::add);
  private final CapturingLogger log = new CapturingLogger(false);

  @AfterEach
  void close() {
    dispatcher.close();
  }

  private static ImageOutcome ok(long id, FetchedImage.Origin origin) {
    return new FetchedImage(
        ImageMeta.fromMap(Map.of("id", id, "collection_id", 1)),
        CollectionMeta.fromMap(Map.of("id", 1)),
        Path.of("image_" + id + ".nii.gz"),
        Optional.empty(),
        origin);
  }

  private static ImageOutcome failed(long id) {
    return FailedImage.ofId(id, new NeuroVaultException("file answered HTTP 404"));
  }

  @Test
  void aCleanHarvestIsOneInfoLine() {
    Flux<ImageOutcome> outcomes =
        Flux.just(ok(1, FetchedImage.Origin.LOCAL_STORE), ok(2, FetchedImage.Origin.DOWNLOADED));
    StepVerifier.create(HarvestSummary.observe(outcomes, "filtered harvest", sink, log))
        .expectNextCount(2)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    dispatcher.close();
    assertEquals(List.of(), log.at(Level.WARN));
    assertEquals(1, log.at(Level.INFO).size());
    assertTrue(
        log.at(Level.INFO)
            .get(0)
            .matches(
                "filtered harvest finished after [0-9.]+ s: 2 "
                    + "image\\(s\\) fetched \\(1 from the local store, 1 downloaded\\), 0 failed"),
        log.at(Level.INFO).get(0));
    HarvestEvent.HarvestFinished finished =
        assertInstanceOf(HarvestEvent.HarvestFinished.class, events.get(events.size() - 1));
    assertEquals(2, finished.fetched());
    assertEquals(1, finished.fromDisk());
    assertEquals(0, finished.failed());
    assertTrue(finished.error().isEmpty());
  }

  @Test
  void failuresMakeOneWarnLineWithTheFirstReasons() {
    Flux<ImageOutcome> outcomes =
        Flux.just(
            failed(3), ok(4, FetchedImage.Origin.DOWNLOADED), failed(5), failed(6), failed(7));
    StepVerifier.create(HarvestSummary.observe(outcomes, "harvest by ids", sink, log))
        .expectNextCount(5)
        .expectComplete()
        .verify(Duration.ofSeconds(5));
    assertEquals(List.of(), log.at(Level.INFO));
    List<String> warnings = log.at(Level.WARN);
    assertEquals(1, warnings.size(), "one line for the harvest, not one per image: " + warnings);
    String line = warnings.get(0);
    assertTrue(line.contains("1 image(s) fetched") && line.contains("4 failed"), line);
    assertTrue(
        line.contains("image 3: ")
            && line.contains("image 6: ")
            && !line.contains("image 7: ")
            && line.contains("; ..."),
        line);
  }

  @Test
  void anErrorIsWarnedAndReportedInTheLastEvent() {
    Flux<ImageOutcome> outcomes =
        Flux.just(ok(1, FetchedImage.Origin.DOWNLOADED))
            .concatWith(Flux.error(new IllegalStateException("server gone")));
    StepVerifier.create(HarvestSummary.observe(outcomes, "filtered harvest", sink, log))
        .expectNextCount(1)
        .expectErrorMessage("server gone")
        .verify(Duration.ofSeconds(5));
    dispatcher.close();
    assertTrue(
        log.at(Level.WARN).get(0).contains("stopped")
            && log.at(Level.WARN).get(0).contains("server gone"),
        log.lines().toString());
    HarvestEvent.HarvestFinished finished =
        assertInstanceOf(HarvestEvent.HarvestFinished.class, events.get(events.size() - 1));
    assertEquals("server gone", finished.error().orElseThrow().getMessage());
  }
}
