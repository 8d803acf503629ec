package io.github.nvfetch.reactor;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound is installed for every test of this module (blockhound-junit-platform). Two things
 * outside the SDK are allowed: the test logger, which writes to stderr synchronously, and Netty
 * 4.2's adaptive buffer allocator, which takes a short internal lock when it grows (Netty's own
 * code on its own event loop). Everything else that blocks on a Netty or parallel thread fails the
 * test.
 *
 * <p>A blocking call is recorded ({@link BlockingCalls}) rather than thrown: BlockHound reports a
 * lock wait from inside {@code LockSupport.park}, after the thread has queued for the lock, and an
 * error thrown there leaves that lock held forever, so the first report would hang every later user
 * of the lock (a pool's close, a scheduler's queue) instead of failing one test. {@link
 * BlockingCallsExtension} fails the test in which the call was recorded.
 */
public final class TestBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.blockingMethodCallback(BlockingCalls::record);
    builder.allowBlockingCallsInside("org.slf4j.simple.SimpleLogger", "write");
    for (String method : new String[] {"allocate", "reallocate", "allocateFallback", "free"}) {
      builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator", method);
    }
    builder.allowBlockingCallsInside(
        "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "allocate");
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
  }
}
