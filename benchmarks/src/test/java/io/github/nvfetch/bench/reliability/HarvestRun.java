package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;

/**
 * A finished harvest as a caller observes it: every outcome the Flux emitted, in order, every event
 * its listener received, and how long it ran.
 *
 * @param outcomes the fetched and failed images, in the order emitted
 * @param events the listener's events, in delivery order (complete: the client was closed)
 * @param elapsed from subscription to termination
 */
public record HarvestRun(List<ImageOutcome> outcomes, List<HarvestEvent> events, Duration elapsed) {

  /** Copies the lists. */
  public HarvestRun {
    outcomes = List.copyOf(outcomes);
    events = List.copyOf(events);
  }

  /**
   * Runs a harvest to its end with {@code client}, then closes the client (which delivers every
   * queued event).
   *
   * @param harvest the harvest, given the listener to pass to the client
   * @throws AssertionError when the harvest ends with an error or does not end in time
   */
  public static HarvestRun run(
      NeuroVaultClient client, Function<HarvestListener, Flux<ImageOutcome>> harvest) {
    return HarvestInProgress.start(client, harvest, 0).finish(HarvestInProgress.TIMEOUT);
  }

  /** The images fetched (downloaded or found on disk). */
  public List<FetchedImage> fetched() {
    return outcomes.stream()
        .filter(FetchedImage.class::isInstance)
        .map(FetchedImage.class::cast)
        .toList();
  }

  /** The images reported as failed. */
  public List<FailedImage> failures() {
    return outcomes.stream()
        .filter(FailedImage.class::isInstance)
        .map(FailedImage.class::cast)
        .toList();
  }

  /** Ids of the fetched images. */
  public Set<Long> fetchedIds() {
    return fetched().stream()
        .map(FetchedImage::imageId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Ids of the fetched images that came from {@code origin}. */
  public Set<Long> fetchedIds(FetchedImage.Origin origin) {
    return fetched().stream()
        .filter(f -> f.origin() == origin)
        .map(FetchedImage::imageId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The failures by image id (the last one wins if an id failed twice). */
  public Map<Long, FailedImage> failuresById() {
    Map<Long, FailedImage> byId = new TreeMap<>();
    failures().forEach(f -> byId.put(f.imageId(), f));
    return byId;
  }

  /** The events of one type. */
  public <T extends HarvestEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
