package io.github.nvfetch.bench.internal.process;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The main class of a replica child process (started by {@link ReplicaProcess}): starts the replica
 * on a free loopback port, prints {@code READY <base URL>} on standard output, and stops when
 * standard input reaches its end (the parent closed it or died). Benchmarks run the replica in its
 * own JVM so that the CPU time and memory they measure are the client's alone.
 */
public final class ReplicaProcessMain {

  /** The line printed once the replica listens, followed by its base URL. */
  public static final String READY = "READY ";

  private ReplicaProcessMain() {}

  /** Runs the replica until standard input ends. */
  public static void main(String[] args) throws IOException {
    ReplicaLaunch launch =
        ReplicaLaunch.fromArgs(Args.parse(Arrays.asList(args), ReplicaLaunch.OPTIONS));
    try (ReplicaServer server =
        ReplicaServer.builder()
            .corpus(launch.spec())
            .faults(launch.faults())
            .port(0)
            .requestLogCapacity(0)
            .start()) {
      System.out.println(READY + server.baseUrl());
      System.out.flush();
      InputStream in = System.in;
      while (in.read() >= 0) {
        // wait for end of input
      }
    }
    System.exit(0);
  }
}
