package io.github.nvfetch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.volume.Interpolation;
import io.github.nvfetch.core.volume.Resampling;
import io.github.nvfetch.core.volume.Volume;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Resampling time per image, ours ({@link Resampling#toStandardGrid}) and nilearn's ({@code
 * resample_img(img, target_affine=STD_AFFINE, interpolation=i)}, through {@code
 * tools/nilearn-compat/resample_timing.py}) on the same 2 mm MNI float32 files (91 x 109 x 91) onto
 * the 3 mm grid, side by side, per interpolation. Both sides resample volumes already in memory.
 * Ours is timed on one thread (wall and CPU) and with one worker per core (wall clock / images);
 * nilearn's on its one thread. Prints a Markdown section to append to docs/BENCHMARKS.md.
 *
 * <pre>java -cp benchmarks/target/nvfetch-bench.jar io.github.nvfetch.bench.ResampleSpeed
 *     [files 8] [rounds 3] [python /usr/bin/python3] [nilearn-src /work/nilearn-src]</pre>
 *
 * <p>Run from the repository root (the nilearn timing script is found there).
 */
public final class ResampleSpeed {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final Path NILEARN_SCRIPT =
      Path.of("tools", "nilearn-compat", "resample_timing.py");

  private ResampleSpeed() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String python = args.length > 2 ? args[2] : "/usr/bin/python3";
    String nilearnSrc = args.length > 3 ? args[3] : "/work/nilearn-src";
    Path dir = Files.createTempDirectory("nvfetch-resample-bench");
    List<Path> paths = new ArrayList<>();
    List<Volume> volumes = new ArrayList<>();
    for (int n = 0; n < files; n++) {
      Path path = dir.resolve("image_" + n + ".nii.gz");
      mniImage(n).writeNiftiGz(path);
      paths.add(path);
      volumes.add(Volume.read(path));
    }
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    JsonNode nilearn = nilearnTimings(python, nilearnSrc, paths, rounds);
    StringBuilder table = new StringBuilder();
    for (Interpolation interpolation : Interpolation.values()) {
      table.append(
          row(
              interpolation,
              volumes,
              rounds,
              nilearn.get("timings").get(interpolation.nilearnName())));
    }
    print(files, rounds, load, nilearn, table);
  }

  private static String row(
      Interpolation interpolation, List<Volume> volumes, int rounds, JsonNode theirs)
      throws Exception {
    for (Volume volume : volumes) {
      Resampling.toStandardGrid(volume, interpolation);
    }
    double[] wall = new double[volumes.size() * rounds];
    double[] cpu = new double[wall.length];
    int at = 0;
    for (int round = 0; round < rounds; round++) {
      for (Volume volume : volumes) {
        long w0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        Resampling.toStandardGrid(volume, interpolation);
        cpu[at] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        wall[at++] = (System.nanoTime() - w0) / 1e6;
      }
    }
    double pooled = pooledMillisPerImage(volumes, interpolation, rounds);
    double theirWall = median(values(theirs.get("wall_ms")));
    double theirCpu = median(values(theirs.get("cpu_ms")));
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.2fx | %.2fx |%n",
        interpolation.nilearnName(),
        median(cpu),
        median(wall),
        pooled,
        theirCpu,
        theirWall,
        theirCpu / median(cpu),
        theirWall / pooled);
  }

  private static double pooledMillisPerImage(
      List<Volume> volumes, Interpolation interpolation, int rounds) throws Exception {
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<Volume>> results = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Volume volume : volumes) {
          results.add(pool.submit(() -> Resampling.toStandardGrid(volume, interpolation)));
        }
      }
      for (Future<Volume> result : results) {
        result.get();
      }
      return (System.nanoTime() - start) / 1e6 / results.size();
    } finally {
      pool.shutdownNow();
    }
  }

  private static JsonNode nilearnTimings(
      String python, String nilearnSrc, List<Path> paths, int rounds)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(python, NILEARN_SCRIPT.toString(), "--rounds", String.valueOf(rounds)));
    paths.forEach(path -> command.add(path.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("PYTHONPATH", nilearnSrc);
    builder.environment().put("HTML_TEST", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("nilearn timing failed (exit " + process.exitValue() + ")");
    }
    String[] lines = output.strip().split("\n");
    return new ObjectMapper().readTree(lines[lines.length - 1]);
  }

  private static void print(
      int files, int rounds, double load, JsonNode nilearn, StringBuilder table) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "### Resampling — %s UTC%n%n",
            LocalDateTime.now(ZoneOffset.UTC)
                .withNano(0)
                .toString()
                .replace('T', ' ')
                .substring(0, 16)));
    out.append(
        String.format(
            Locale.ROOT,
            "%d resamplings per interpolation (%d files x %d "
                + "rounds, after a warm-up round) of a 2 mm MNI image, 91 x 109 x 91 float32, onto "
                + "nilearn's 3 mm grid (61 x 73 x 61), in memory; %d cores; nilearn %s, scipy %s, "
                + "numpy %s.%n%n",
            files * rounds,
            files,
            rounds,
            Runtime.getRuntime().availableProcessors(),
            nilearn.get("nilearn").asText(),
            nilearn.get("scipy").asText(),
            nilearn.get("numpy").asText()));
    out.append(String.format(Locale.ROOT, "Load average at the start: %.1f.%n%n", load));
    out.append(
        "| interpolation | ours CPU ms (1 thread) | ours wall ms (1 thread) "
            + "| ours wall ms / image (1 worker per core) | nilearn CPU ms | nilearn wall ms "
            + "| CPU ratio (1 thread each) | per-image ratio (ours on all cores) |\n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    out.append(table);
    out.append("\nMedians. Goal: a per-image ratio of at least 2x.\n");
    System.out.println(out);
  }

  private static double[] values(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** A 2 mm MNI float32 map: signed smooth blobs plus noise inside an ellipsoid, seeded. */
  private static Volume mniImage(long seed) {
    int nx = 91;
    int ny = 109;
    int nz = 91;
    SplittableRandom random = new SplittableRandom(seed);
    double[][] centres = new double[5][];
    for (int b = 0; b < centres.length; b++) {
      centres[b] =
          new double[] {
            15 + random.nextInt(60),
            15 + random.nextInt(80),
            15 + random.nextInt(60),
            random.nextDouble(-6, 6),
            random.nextDouble(2, 6)
          };
    }
    float[] values = new float[nx * ny * nz];
    int at = 0;
    for (int k = 0; k < nz; k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          double ex = (i - 45.0) / 42;
          double ey = (j - 54.0) / 52;
          double ez = (k - 42.0) / 40;
          if (ex * ex + ey * ey + ez * ez <= 1) {
            double v = random.nextDouble(-0.4, 0.4);
            for (double[] c : centres) {
              double d2 =
                  (i - c[0]) * (i - c[0]) + (j - c[1]) * (j - c[1]) + (k - c[2]) * (k - c[2]);
              v += c[3] * Math.exp(-d2 / (2 * c[4] * c[4]));
            }
            values[at] = (float) v;
          }
          at++;
        }
      }
    }
    double[][] affine = {{-2, 0, 0, 90}, {0, 2, 0, -126}, {0, 0, 2, -72}, {0, 0, 0, 1}};
    return Volume.ofFloats(new int[] {nx, ny, nz}, affine, values);
  }
}
