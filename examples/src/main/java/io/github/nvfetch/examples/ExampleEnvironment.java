package io.github.nvfetch.examples;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What every example needs, in one place: where NeuroVault is (an embedded replica by default, the
 * real service with {@code --base-url URL}), a client aimed at it, a data directory and where to
 * print. Close it to stop the client and the replica.
 *
 * <p>Arguments: {@code [--base-url URL] [--data-dir DIR]}. Without {@code --base-url} a replica is
 * started on a free loopback port and files go to {@code ./nvfetch-data/replica} (kept apart from
 * real data, which goes to {@code ./nvfetch-data}).
 */
public final class ExampleEnvironment implements AutoCloseable {

  /** The data directory of examples run against the real service. */
  public static final Path REAL_DATA_DIR = Path.of("nvfetch-data");

  /** The data directory of examples run against the embedded replica. */
  public static final Path REPLICA_DATA_DIR = REAL_DATA_DIR.resolve("replica");

  private final ReplicaServer replica;
  private final NeuroVaultClientBuilder clientBuilder;
  private final Path dataDir;
  private final PrintStream out;
  private NeuroVaultClient client;

  private ExampleEnvironment(
      ReplicaServer replica, NeuroVaultClientBuilder clientBuilder, Path dataDir, PrintStream out) {
    this.replica = replica;
    this.clientBuilder = clientBuilder;
    this.dataDir = dataDir;
    this.out = out;
  }

  /**
   * The environment an example's {@code main} asked for.
   *
   * @param args {@code [--base-url URL] [--data-dir DIR]}
   * @param corpus the corpus of the embedded replica, when no URL is given
   * @throws IllegalArgumentException for an unknown argument or a flag without its value
   */
  @SuppressWarnings("IncrementInForLoopAndHeader") // a flag with a value skips the value
  public static ExampleEnvironment fromArgs(String[] args, CorpusSpec corpus) {
    quietLogs();
    String baseUrl = null;
    Path dataDir = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--base-url" -> baseUrl = required("--base-url", value);
        case "--data-dir" -> dataDir = Path.of(required("--data-dir", value));
        default ->
            throw new IllegalArgumentException(
                "unknown argument '" + args[i] + "'; use [--base-url URL] [--data-dir DIR]");
      }
      i++;
    }
    if (baseUrl == null) {
      return embedded(corpus, dataDir == null ? REPLICA_DATA_DIR : dataDir, System.out);
    }
    return remote(baseUrl, dataDir == null ? REAL_DATA_DIR : dataDir, System.out);
  }

  /**
   * An environment with a fresh replica of {@code corpus} on a free loopback port.
   *
   * @param corpus the replica's corpus
   * @param dataDir the data directory
   * @param out where the example prints
   */
  public static ExampleEnvironment embedded(CorpusSpec corpus, Path dataDir, PrintStream out) {
    ReplicaServer replica = ReplicaServer.builder().corpus(corpus).port(0).start();
    out.println(
        "[running against the embedded replica at "
            + replica.baseUrl()
            + "; add --base-url https://neurovault.org for the real service]");
    return new ExampleEnvironment(
        replica,
        NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.neurosynthUrl())
            .requestsPerSecond(50),
        dataDir,
        out);
  }

  /**
   * An environment aimed at a real NeuroVault (or any server that answers like it).
   *
   * @param baseUrl its address, e.g. {@code https://neurovault.org}
   * @param dataDir the data directory
   * @param out where the example prints
   */
  public static ExampleEnvironment remote(String baseUrl, Path dataDir, PrintStream out) {
    out.println("[running against " + baseUrl + "]");
    return new ExampleEnvironment(null, NeuroVaultClient.builder().baseUrl(baseUrl), dataDir, out);
  }

  /** Examples print what matters themselves: only errors are logged (unless set with -D). */
  private static void quietLogs() {
    String level = "org.slf4j.simpleLogger.defaultLogLevel";
    if (System.getProperty(level) == null) {
      System.setProperty(level, "error");
    }
  }

  private static String required(String flag, String value) {
    if (value == null) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return value;
  }

  /** The client, built on first use with the environment's settings. */
  public synchronized NeuroVaultClient client() {
    if (client == null) {
      client = clientBuilder.build();
    }
    return client;
  }

  /** The builder of {@link #client()}, to build a client with other settings. */
  public NeuroVaultClientBuilder clientBuilder() {
    return clientBuilder;
  }

  /** The data directory. */
  public Path dataDir() {
    return dataDir;
  }

  /** Where the example prints. */
  public PrintStream out() {
    return out;
  }

  /** The embedded replica, when there is one. */
  public Optional<ReplicaServer> replica() {
    return Optional.ofNullable(replica);
  }

  /** Whether the example runs against the embedded replica. */
  public boolean embedded() {
    return replica != null;
  }

  /** Closes the client and stops the replica. */
  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
    }
    if (replica != null) {
      replica.stop();
    }
  }
}
