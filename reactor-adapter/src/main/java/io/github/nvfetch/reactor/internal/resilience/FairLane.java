package io.github.nvfetch.reactor.internal.resilience;

import reactor.core.publisher.Flux;
import reactor.util.context.ContextView;

/**
 * Which harvest a request belongs to, carried in the Reactor context so that shared budgets ({@link
 * FairPermits}, {@link FairSlots}) can serve harvests in turn rather than in arrival order. Every
 * subscription of {@link #own} gets a lane of its own; work without one (a low-level call, a cached
 * load shared between harvests) goes through {@link #SHARED}.
 */
public final class FairLane {

  /** The lane of work that belongs to no harvest in particular. */
  public static final FairLane SHARED = new FairLane();

  private static final Object KEY = FairLane.class;

  private FairLane() {}

  /** Runs {@code work} in a lane of its own, a new one for each subscription. */
  public static <T> Flux<T> own(Flux<T> work) {
    return work.contextWrite(context -> context.put(KEY, new FairLane()));
  }

  /** The lane of the work whose context this is. */
  static FairLane of(ContextView context) {
    return context.getOrDefault(KEY, SHARED);
  }
}
