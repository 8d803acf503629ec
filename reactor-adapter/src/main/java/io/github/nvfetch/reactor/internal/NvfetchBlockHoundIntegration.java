package io.github.nvfetch.reactor.internal;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * For applications that run BlockHound: the SDK never blocks a Netty or parallel thread, but
 * Resilience4j's lock-free rate limiter backs off for one nanosecond ({@code parkNanos(1)}) when
 * two threads race for the same permission, which BlockHound would report; and Jackson builds each
 * deserializer once under a short internal lock, which a second thread parsing the same type at
 * that moment waits for. And a body's stall timer ({@code Flux.interval} on a parallel worker),
 * cancelled on the event loop when the body ends, removes its task from the worker's queue under
 * that queue's short lock, which Reactor's own integration allows for one-shot tasks ({@code
 * WorkerTask}, {@code SchedulerTask}) but not for periodic ones. And handing file work to the SDK's
 * I/O pool while it has fewer threads than its size starts a thread under the pool's short internal
 * lock, which two hand-offs at once wait for (Reactor allows the same lock when a pool thread
 * exits, {@code processWorkerExit}, but not when one starts). These waits are declared here. Loaded
 * by BlockHound through {@code ServiceLoader}; inert without BlockHound.
 */
public final class NvfetchBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside(
        "io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter", "compareAndSet");
    builder.allowBlockingCallsInside(
        "com.fasterxml.jackson.databind.deser.DeserializerCache",
        "_createAndCacheValueDeserializer");
    builder.allowBlockingCallsInside("reactor.core.scheduler.PeriodicWorkerTask", "dispose");
    builder.allowBlockingCallsInside("java.util.concurrent.ThreadPoolExecutor", "addWorker");
  }
}
