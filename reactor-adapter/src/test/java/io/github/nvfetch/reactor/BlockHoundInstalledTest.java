package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.BlockingCalls.BlockingCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Proves the BlockHound agent is active in this module's tests, so the pipeline tests count: a
 * blocking call on a parallel thread is recorded, with the thread and the blocked method, for
 * {@link BlockingCallsExtension} to fail the test with.
 */
class BlockHoundInstalledTest {

  @Test
  void blockingOnANonBlockingThreadIsRecorded() {
    StepVerifier.create(
            Mono.delay(Duration.ofMillis(1)).doOnNext(tick -> LockSupport.parkNanos(1_000)))
        .expectNext(0L)
        .expectComplete()
        .verify(Duration.ofSeconds(5));

    List<BlockingCall> calls = BlockingCalls.drain();
    assertEquals(1, calls.size(), calls.toString());
    assertEquals("jdk.internal.misc.Unsafe#park", calls.get(0).method());
    assertTrue(calls.get(0).thread().startsWith("parallel-"), calls.get(0).thread());
  }

  @Test
  void blockingOnTheTestThreadIsNotRecorded() {
    LockSupport.parkNanos(1_000);

    assertEquals(List.of(), BlockingCalls.drain());
  }
}
