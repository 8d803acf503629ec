package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Proves the BlockHound agent is active in this module's tests, so the pipeline tests count. */
class BlockHoundInstalledTest {

  @Test
  void blockingOnANonBlockingThreadIsReported() {
    StepVerifier.create(
            Mono.delay(Duration.ofMillis(1)).doOnNext(tick -> LockSupport.parkNanos(1_000)))
        .expectErrorSatisfies(
            e ->
                assertTrue(e.getClass().getName().contains("BlockingOperationError"), e.toString()))
        .verify(Duration.ofSeconds(5));
  }
}
