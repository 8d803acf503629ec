package io.github.nvfetch.bench.internal.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A replica running in a child JVM ({@link ReplicaProcessMain}): started, waited for, queried for
 * its counters over {@code /_replica/stats}, and stopped by closing its standard input. Its
 * standard error goes to ours.
 */
public final class ReplicaProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final String baseUrl;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private ReplicaProcess(Process process, String baseUrl) {
    this.process = process;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts a replica child process and waits until it listens.
   *
   * @param launch what it serves
   * @param jvmArgs options of the child JVM
   * @param deadline the longest wait for it to listen
   * @throws IllegalStateException when it does not start (its error output is on our standard
   *     error)
   */
  public static ReplicaProcess start(
      ReplicaLaunch launch, List<String> jvmArgs, Duration deadline) {
    List<String> command = JavaLauncher.command(jvmArgs, ReplicaProcessMain.class, launch.toArgs());
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the replica process: " + command, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = readyLine(process, out, deadline);
    drain(out);
    return new ReplicaProcess(process, line.substring(ReplicaProcessMain.READY.length()).trim());
  }

  private static String readyLine(Process process, BufferedReader out, Duration deadline) {
    CompletableFuture<String> ready =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                  if (line.startsWith(ReplicaProcessMain.READY)) {
                    return line;
                  }
                }
                return null;
              } catch (IOException e) {
                return null;
              }
            });
    try {
      String line = ready.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      if (line == null) {
        throw new IllegalStateException(
            "the replica process ended before listening (exit "
                + process.waitFor()
                + "); see its error output above");
      }
      return line;
    } catch (TimeoutException | ExecutionException e) {
      process.destroyForcibly();
      throw new IllegalStateException("the replica process did not listen within " + deadline, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("interrupted while starting the replica", e);
    }
  }

  private static void drain(BufferedReader out) {
    Thread drainer =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // discard
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "replica-stdout");
    drainer.setDaemon(true);
    drainer.start();
  }

  /** The replica's NeuroVault base URL. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The replica's CPU seconds so far (user + system), -1 if unknown. */
  public double cpuSeconds() {
    return ProcStat.cpuSeconds(process.pid());
  }

  /** The replica's counters ({@code GET /_replica/stats}). */
  public JsonNode stats() {
    String body = send(HttpRequest.newBuilder(URI.create(baseUrl + "/_replica/stats")).GET());
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the replica's stats are not JSON", e);
    }
  }

  /** Zeroes the replica's counters ({@code POST /_replica/stats/reset}). */
  public void resetStats() {
    send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/_replica/stats/reset"))
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** Waits until the replica has no request in flight, so that its counters are complete. */
  public void awaitIdle(Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    while (stats().path("in_flight").asLong() > 0 && System.nanoTime() < end) {
      sleep(20);
    }
  }

  private String send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(30)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "replica control request answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("replica control request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the replica: closes its input, waits up to 10 s, then kills it. */
  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
