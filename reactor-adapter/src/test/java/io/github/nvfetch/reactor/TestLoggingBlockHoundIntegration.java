package io.github.nvfetch.reactor;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound is installed for every test of this module (blockhound-junit-platform). The test
 * logger writes to stderr synchronously; that is the test harness, not the SDK, so it is
 * allowed. Everything else that blocks on a Netty or parallel thread fails the test.
 */
public final class TestLoggingBlockHoundIntegration implements BlockHoundIntegration {

  @Override
  public void applyTo(BlockHound.Builder builder) {
    builder.allowBlockingCallsInside("org.slf4j.simple.SimpleLogger", "write");
  }
}
