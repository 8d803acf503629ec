package io.github.nvfetch.reactor;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound is installed for every test of this module (blockhound-junit-platform). Two things
 * outside the SDK are allowed: the test logger, which writes to stderr synchronously, and Netty
 * 4.2's adaptive buffer allocator, which takes a short internal lock when it grows (Netty's own
 * code on its own event loop). Everything else that blocks on a Netty or parallel thread fails the
 * test.
 */
public final class TestLoggingBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside("org.slf4j.simple.SimpleLogger", "write");
    for (String method : new String[] {"allocate", "reallocate", "allocateFallback", "free"}) {
      builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator", method);
    }
    builder.allowBlockingCallsInside(
        "io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "allocate");
    builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
  }
}
