package io.github.nvfetch.reactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.blockhound.BlockingMethod;
import reactor.blockhound.BlockingOperationError;

/**
 * The blocking calls BlockHound saw on non-blocking threads since they were last drained, each with
 * the stack of the thread that made it. Filled by {@link TestBlockHoundIntegration}, emptied and
 * turned into test failures by {@link BlockingCallsExtension}.
 */
public final class BlockingCalls {

  /** One blocking call: the thread that made it and an error whose stack trace shows where. */
  public record BlockingCall(String thread, BlockingOperationError error) {

    /** The blocked method, as {@code class#method}. */
    public String method() {
      return error.getMethod().toString();
    }

    @Override
    public String toString() {
      return method() + " on " + thread;
    }
  }

  private static final Queue<BlockingCall> CALLS = new ConcurrentLinkedQueue<>();

  private BlockingCalls() {}

  /** Records a call; BlockHound's callback, on the thread that made it. */
  static void record(BlockingMethod method) {
    CALLS.add(
        new BlockingCall(Thread.currentThread().getName(), new BlockingOperationError(method)));
  }

  /** The calls recorded since the last drain, oldest first; the record is empty afterwards. */
  public static List<BlockingCall> drain() {
    List<BlockingCall> drained = new ArrayList<>();
    for (BlockingCall call = CALLS.poll(); call != null; call = CALLS.poll()) {
      drained.add(call);
    }
    return drained;
  }
}
