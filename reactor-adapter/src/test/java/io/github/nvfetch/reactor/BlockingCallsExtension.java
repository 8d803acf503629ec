package io.github.nvfetch.reactor;

import io.github.nvfetch.reactor.BlockingCalls.BlockingCall;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when BlockHound recorded a blocking call on a non-blocking thread while it ran (or
 * while its class's set-up and tear-down ran). Registered for every test of this module through
 * JUnit's extension auto-detection. A call made by work an earlier test left running is reported by
 * the test in which it happened.
 */
public final class BlockingCallsExtension implements AfterEachCallback, AfterAllCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    failOnBlockingCalls();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    failOnBlockingCalls();
  }

  private static void failOnBlockingCalls() {
    List<BlockingCall> calls = BlockingCalls.drain();
    if (calls.isEmpty()) {
      return;
    }
    BlockingCall first = calls.get(0);
    AssertionError failure =
        new AssertionError(
            calls.size()
                + " blocking call(s) on non-blocking threads, the first "
                + first.method()
                + " on "
                + first.thread(),
            first.error());
    calls.stream().skip(1).forEach(call -> failure.addSuppressed(call.error()));
    throw failure;
  }
}
