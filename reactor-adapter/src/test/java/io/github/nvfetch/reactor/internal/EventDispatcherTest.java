package io.github.nvfetch.reactor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.HarvestEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

  private static HarvestEvent words(long id) {
    return new HarvestEvent.WordsUnavailable(id, "down");
  }

  @Test
  void deliversInOrderAndSurvivesAThrowingListener() throws InterruptedException {
    List<Long> seen = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    try (EventDispatcher dispatcher = new EventDispatcher("t")) {
      EventSink sink =
          new EventSink(
              dispatcher,
              e -> {
                if (((HarvestEvent.WordsUnavailable) e).imageId() == 0) {
                  throw new IllegalStateException("listener bug");
                }
              },
              e -> {
                long id = ((HarvestEvent.WordsUnavailable) e).imageId();
                seen.add(id);
                if (id == 99) {
                  done.countDown();
                }
              });
      for (long i = 0; i < 100; i++) {
        sink.emit(words(i));
      }
      assertTrue(done.await(10, TimeUnit.SECONDS));
    }
    assertEquals(100, seen.size());
    for (int i = 0; i < 100; i++) {
      assertEquals(i, seen.get(i));
    }
  }

  @Test
  void aStuckListenerNeverBlocksTheEmitterAndByteEventsAreDroppedFirst()
      throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (EventDispatcher dispatcher = new EventDispatcher("t")) {
      EventSink sink =
          new EventSink(
              dispatcher,
              e -> {
                started.countDown();
                try {
                  release.await();
                } catch (InterruptedException ie) {
                  Thread.currentThread().interrupt();
                }
              });
      sink.emit(words(0));
      assertTrue(started.await(10, TimeUnit.SECONDS));
      for (int i = 0; i < 20_000; i++) {
        sink.emit(new HarvestEvent.BytesTransferred(1, 10, i, -1));
      }
      assertEquals(
          10_000,
          dispatcher.dropped(),
          "beyond 10,000 queued events, byte progress is dropped and the emitter goes on");
      release.countDown();
    }
  }

  @Test
  void terminalEventsAreNeverDroppedHoweverFarTheListenerFallsBehind() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger delivered = new AtomicInteger();
    CountDownLatch all = new CountDownLatch(1);
    int events = 150_000;
    try (EventDispatcher dispatcher = new EventDispatcher("t")) {
      EventSink sink =
          new EventSink(
              dispatcher,
              e -> {
                try {
                  release.await();
                } catch (InterruptedException ie) {
                  Thread.currentThread().interrupt();
                }
                if (delivered.incrementAndGet() == events) {
                  all.countDown();
                }
              });
      for (int i = 0; i < events; i++) {
        sink.emit(words(i));
      }
      release.countDown();
      assertTrue(all.await(30, TimeUnit.SECONDS), "delivered " + delivered.get());
      assertEquals(0, dispatcher.dropped());
    }
  }

  @Test
  void anIdleDispatcherParksWithoutPolling() throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    try (EventDispatcher dispatcher = new EventDispatcher("idle-dispatcher-under-test")) {
      new EventSink(dispatcher, e -> done.countDown()).emit(words(1));
      assertTrue(done.await(10, TimeUnit.SECONDS));
      Thread worker =
          Thread.getAllStackTraces().keySet().stream()
              .filter(t -> t.getName().equals("idle-dispatcher-under-test"))
              .findFirst()
              .orElseThrow();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (worker.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      assertEquals(
          Thread.State.WAITING,
          worker.getState(),
          "an idle dispatcher parks until there is work, with no timed wake-up");
    }
  }
}
