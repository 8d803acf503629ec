package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.RouteClass;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real {@code nvfetch} process (SIGINT): it says what was stored and how to resume,
 * leaves no part file, exits 130, and in {@code --json} mode prints an {@code interrupted} line.
 */
class InterruptTest {

  private static ReplicaServer replica;

  @TempDir Path dir;

  @BeforeAll
  static void slowReplica() {
    replica =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(5)
                    .collections(6)
                    .images(200)
                    .privateCollectionRate(0)
                    .missingFileRate(0.3)
                    .realisticFileSize(true)
                    .build())
            .faults(Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(400, 100)).build())
            .port(0)
            .start();
  }

  @AfterAll
  static void stop() {
    replica.close();
  }

  private Process start(String... extra) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NvfetchCommand.class.getName(),
                "fetch",
                "--base-url",
                replica.baseUrl(),
                "--rate",
                "200",
                "--data-dir",
                dir.toString(),
                "--max-images",
                "all",
                "--no-default-terms",
                "--concurrency",
                "2"));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command).start();
  }

  @Test
  void ctrlCSaysWhatWasStoredAndHowToResume() throws Exception {
    Process process = start();
    Lines out = Lines.of(process.getInputStream());
    Lines err = Lines.of(process.getErrorStream());

    assertNotNull(out.await(line -> line.startsWith("progress: ")), "the harvest runs");
    interrupt(process);

    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits");
    assertEquals(ExitCodes.INTERRUPTED, process.exitValue());
    String message = err.await(line -> line.startsWith("nvfetch: interrupted after "));
    assertNotNull(message, "what was stored: " + err.all());
    assertTrue(
        message.contains(" stored in " + dir.toAbsolutePath().resolve("neurovault")), message);
    assertNotNull(
        err.await(
            line ->
                line.startsWith(
                    "To resume, run the same command again with "
                        + "--resume: the collections already walked are not listed again")),
        err.all().toString());
    assertEquals(List.of(), partFiles(), "no part file left");
  }

  @Test
  void ctrlCInJsonModePrintsAnInterruptedLine() throws Exception {
    Process process = start("--json", "--debug");
    Lines out = Lines.of(process.getInputStream());
    Lines err = Lines.of(process.getErrorStream());

    assertNotNull(err.await(line -> line.contains(" failed: ")), "an image failed: running");
    interrupt(process);

    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "exits");
    assertEquals(ExitCodes.INTERRUPTED, process.exitValue());
    String last = out.await(line -> line.startsWith("{"));
    assertNotNull(last, "a JSON line: " + out.all());
    JsonNode json = new ObjectMapper().readTree(last);
    assertTrue(json.get("interrupted").asBoolean(), last);
    assertEquals(130, json.get("exit_code").asInt(), last);
    assertEquals(json.get("n_images").asInt(), json.get("image_ids").size(), last);
    assertTrue(json.get("failed").size() > 0, last);
    assertTrue(json.get("resume").asText().startsWith("To resume"), last);
    assertEquals(List.of(), partFiles(), "no part file left");
  }

  private static void interrupt(Process process) throws Exception {
    Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start();
    assertTrue(kill.waitFor(10, TimeUnit.SECONDS));
    assertEquals(0, kill.exitValue());
  }

  private List<Path> partFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(StagedFile.PART_SUFFIX))
          .toList();
    }
  }

  /** The lines of a stream, read on a daemon thread; {@link #await} waits for one to match. */
  private static final class Lines {
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final String END = "\u0000end";

    static Lines of(InputStream stream) {
      Lines lines = new Lines();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                  for (String line; (line = in.readLine()) != null; ) {
                    lines.queue.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
                lines.queue.add(END);
              });
      reader.setDaemon(true);
      reader.start();
      return lines;
    }

    /** The next line that matches, waiting up to 60 s per line; null at the end. */
    String await(Predicate<String> test) throws InterruptedException {
      while (true) {
        String line = queue.poll(60, TimeUnit.SECONDS);
        if (line == null || line.equals(END)) {
          if (line != null) {
            queue.add(END);
          }
          return null;
        }
        seen.add(line);
        if (test.test(line)) {
          return line;
        }
      }
    }

    List<String> all() {
      return List.copyOf(seen);
    }
  }
}
