package io.github.nvfetch.reactor;

/**
 * Receives the progress events of a client: pages read, images selected, bytes transferred, images
 * done or failed, retries scheduled. Events are delivered in order on one dedicated thread, never
 * on a network thread, and a slow listener never slows the harvest: when a listener falls far
 * behind, {@link HarvestEvent.BytesTransferred} events are dropped first. Exceptions thrown by a
 * listener are logged and ignored.
 */
@FunctionalInterface
public interface HarvestListener {

  /** A listener that ignores everything. */
  HarvestListener NONE = event -> {};

  /** Called for every event. */
  void onEvent(HarvestEvent event);

  /**
   * A listener that gives every event to this one, then to {@code next} (each isolated: an
   * exception of one does not keep the event from the other).
   */
  default HarvestListener andThen(HarvestListener next) {
    java.util.Objects.requireNonNull(next, "next");
    HarvestListener first = this;
    return event -> {
      try {
        first.onEvent(event);
      } finally {
        next.onEvent(event);
      }
    };
  }
}
