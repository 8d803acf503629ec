package io.github.nvfetch.reactor.internal;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The bounded pool of threads that do blocking file I/O. Unlike Reactor's bounded-elastic
 * scheduler, cancelling a task never interrupts it: a file write that has started always finishes
 * (an interrupt would close the file channel under it and leave partial files). Tasks not yet
 * started when cancelled are skipped.
 */
public final class IoScheduler implements AutoCloseable {

  private final ScheduledThreadPoolExecutor pool;
  private final Scheduler scheduler;

  /** Starts a pool of at most {@code threads} daemon threads named after {@code name}. */
  public IoScheduler(int threads, String name) {
    this.pool = new ScheduledThreadPoolExecutor(threads, daemonThreads(name));
    this.pool.setKeepAliveTime(60, TimeUnit.SECONDS);
    this.pool.allowCoreThreadTimeOut(true);
    this.pool.setRejectedExecutionHandler(IoScheduler::refuse);
    // A plain Executor (not the ExecutorService itself): Reactor would otherwise wrap it in a
    // scheduler that interrupts cancelled tasks. Hence the method reference Error Prone calls
    // unnecessary.
    @SuppressWarnings("UnnecessaryMethodReference")
    Executor plain = pool::execute;
    this.scheduler = Schedulers.fromExecutor(plain);
  }

  /**
   * Refuses a task handed over after {@link #close}. The JDK's default handler names the pool in
   * its message, and the pool's {@code toString} takes the pool's main lock, which a hand-off from
   * an event loop must not wait for (a closing pool holds it).
   */
  private static void refuse(Runnable task, ThreadPoolExecutor pool) {
    throw new RejectedExecutionException("the client's I/O pool is closed");
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The Reactor view of the pool. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** Lets queued and running tasks finish (up to {@code timeout}), then stops the threads. */
  public void close(Duration timeout) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Same as {@code close(30 s)}. */
  @Override
  public void close() {
    close(Duration.ofSeconds(30));
  }
}
