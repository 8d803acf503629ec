package io.github.nvfetch.bench.internal.transfer;

import io.github.nvfetch.bench.internal.process.ReplicaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads the same URLs with {@code curl --parallel --parallel-max P} (one process, P transfers
 * in flight), as a {@link CurlMode} says. Everything runs under {@code bash}, whose {@code times}
 * builtin reports the CPU time of its children (curl, and for the verified mode {@code xargs},
 * {@code gzip} and {@code sync}).
 */
public final class CurlDownloads {

  private static final String SCRIPT =
      String.join(
          "\n",
          "curl --parallel --parallel-max \"$1\" -s -S -K \"$2\" -w '%{size_download}\\n'; rc=$?",
          "if [ $rc -eq 0 ] && [ \"$4\" = verify ]; then",
          "  find \"$3\" -name '*.nii.gz' -print0 | xargs -0 -P \"$1\" -n 20 sh -c"
              + " 'for f; do gzip -t \"$f\" || exit 1; done; sync \"$@\"' sh; rc=$?",
          "fi",
          "times >&2; exit $rc");
  private static final Pattern TIME = Pattern.compile("(\\d+)m([\\d.]+)s");

  private final ReplicaProcess replica;
  private final Path scratch;

  /** Creates the runner; {@code scratch} holds its config and output files. */
  public CurlDownloads(ReplicaProcess replica, Path scratch) {
    this.replica = replica;
    this.scratch = scratch;
  }

  /**
   * Downloads the URLs, {@code parallel} at a time.
   *
   * @param outDir where files go (ignored for {@link CurlMode#TO_NULL})
   * @throws IllegalStateException when curl (or the check) fails or bytes are missing
   */
  public TransferResult run(List<String> urls, int parallel, CurlMode mode, Path outDir) {
    try {
      Path config = writeConfig(urls, mode.writesFiles() ? outDir : null);
      Path out = scratch.resolve("curl.out");
      Path err = scratch.resolve("curl.err");
      replica.resetStats();
      double replicaBefore = replica.cpuSeconds();
      long start = System.nanoTime();
      Process curl =
          new ProcessBuilder(
                  "bash",
                  "-c",
                  SCRIPT,
                  "bash",
                  Integer.toString(parallel),
                  config.toString(),
                  String.valueOf(outDir),
                  mode == CurlMode.TO_FILES_VERIFIED ? "verify" : "")
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      int exit = curl.waitFor();
      double wall = (System.nanoTime() - start) / 1e9;
      replica.awaitIdle(Duration.ofSeconds(30));
      List<String> errLines = Files.readAllLines(err);
      long bytes =
          Files.readAllLines(out).stream()
              .filter(l -> !l.isBlank())
              .mapToLong(Long::parseLong)
              .sum();
      long sent = replica.stats().path("bytes_sent").asLong();
      if (exit != 0 || bytes != sent) {
        throw new IllegalStateException(
            mode.label()
                + " exited "
                + exit
                + " after "
                + bytes
                + " of "
                + sent
                + " bytes: "
                + String.join(" / ", errLines));
      }
      return new TransferResult(
          mode.label(),
          parallel,
          urls.size(),
          sent,
          wall,
          childCpuSeconds(errLines),
          replica.cpuSeconds() - replicaBefore,
          Map.of());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run curl (is it installed?)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private Path writeConfig(List<String> urls, Path outDir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String output =
          outDir == null ? "/dev/null" : outDir.resolve("file_" + i + ".nii.gz").toString();
      lines.add("url = \"" + urls.get(i) + "\"");
      lines.add("output = \"" + output + "\"");
    }
    return Files.write(scratch.resolve("curl.cfg"), lines);
  }

  /** The children's user + system seconds: the second line of bash's {@code times}. */
  private static double childCpuSeconds(List<String> errLines) {
    String children = errLines.get(errLines.size() - 1);
    Matcher m = TIME.matcher(children);
    double seconds = 0;
    int found = 0;
    while (m.find()) {
      seconds += Long.parseLong(m.group(1)) * 60 + Double.parseDouble(m.group(2));
      found++;
    }
    if (found != 2) {
      throw new IllegalStateException("cannot read curl's CPU time from: " + children);
    }
    return seconds;
  }
}
