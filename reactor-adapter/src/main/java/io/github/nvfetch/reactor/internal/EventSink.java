package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.ArrayList;
import java.util.List;

/** Where one call's events go: the client's listener and the call's own, through a dispatcher. */
public final class EventSink {

  private final EventDispatcher dispatcher;
  private final List<HarvestListener> listeners;

  /** A sink for these listeners ({@link HarvestListener#NONE} entries are skipped). */
  public EventSink(EventDispatcher dispatcher, HarvestListener... listeners) {
    this.dispatcher = dispatcher;
    List<HarvestListener> active = new ArrayList<>();
    for (HarvestListener l : listeners) {
      if (l != null && l != HarvestListener.NONE) {
        active.add(l);
      }
    }
    this.listeners = List.copyOf(active);
  }

  /** A sink that drops everything. */
  public static EventSink none() {
    return new EventSink(null);
  }

  /** Emits an event; never blocks. */
  public void emit(HarvestEvent event) {
    for (HarvestListener listener : listeners) {
      dispatcher.dispatch(listener, event);
    }
  }

  /** True when nobody listens (so callers may skip building events). */
  public boolean isSilent() {
    return listeners.isEmpty();
  }
}
