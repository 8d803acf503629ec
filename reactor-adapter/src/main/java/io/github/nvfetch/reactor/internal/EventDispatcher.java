package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners on one dedicated daemon thread, in order. Producers never block:
 * they append to a lock-free queue and unpark the thread, which parks (costing nothing) while the
 * queue is empty. Only byte-progress events may be dropped, when a listener falls far behind; the
 * number dropped is counted and logged. Every other event is delivered. Listener exceptions are
 * logged and ignored.
 */
public final class EventDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
  private static final int BYTE_EVENTS_LIMIT = 10_000;

  private record Delivery(HarvestListener listener, HarvestEvent event) {}

  private final Queue<Delivery> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger size = new AtomicInteger();
  private final AtomicLong dropped = new AtomicLong();
  private final Thread worker;
  private volatile boolean closed;

  /** Starts the delivery thread. */
  public EventDispatcher(String name) {
    worker = new Thread(this::run, name);
    worker.setDaemon(true);
    worker.start();
  }

  /** Queues one event for one listener; never blocks. */
  public void dispatch(HarvestListener listener, HarvestEvent event) {
    if (listener == HarvestListener.NONE || closed) {
      return;
    }
    if (event instanceof HarvestEvent.BytesTransferred && size.get() >= BYTE_EVENTS_LIMIT) {
      dropped.incrementAndGet();
      return;
    }
    size.incrementAndGet();
    queue.offer(new Delivery(listener, event));
    LockSupport.unpark(worker);
  }

  /** Byte-progress events dropped because listeners fell too far behind. */
  public long dropped() {
    return dropped.get();
  }

  private void run() {
    while (true) {
      Delivery next = queue.poll();
      if (next != null) {
        size.decrementAndGet();
        deliver(next);
      } else if (closed) {
        return;
      } else {
        LockSupport.park(this);
      }
    }
  }

  private static void deliver(Delivery delivery) {
    try {
      delivery.listener().onEvent(delivery.event());
    } catch (RuntimeException | LinkageError e) {
      LOG.warn(
          "harvest listener {} threw on {}; ignored", delivery.listener(), delivery.event(), e);
    }
  }

  /** Delivers what is queued (waiting up to 5 s), then stops the thread. */
  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(worker);
    try {
      worker.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (dropped.get() > 0) {
      LOG.info("{} byte-progress events were dropped: a listener fell behind", dropped.get());
    }
  }
}
