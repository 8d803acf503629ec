package io.github.nvfetch.bench;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.ThumbnailPool;
import io.github.nvfetch.report.internal.projection.ArrayVolume;
import io.github.nvfetch.report.internal.projection.DisplayRange;
import io.github.nvfetch.report.internal.projection.GlassBrain;
import io.github.nvfetch.report.internal.projection.GlassBrainPainter;
import io.github.nvfetch.report.internal.projection.Projections;
import io.github.nvfetch.report.internal.projection.ThumbnailLayout;
import io.github.nvfetch.report.internal.render.ThumbnailRenderer;
import io.github.nvfetch.report.internal.render.VolumeVoxels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Time to render one glass-brain thumbnail of a 2 mm MNI image (91 x 109 x 91 float32, gzipped):
 * the whole path (read, gunzip, parse, threshold, project, paint, PNG, atomic write) on one thread,
 * its stages, and the throughput of a {@link ThumbnailPool} with one worker per core. Prints a
 * Markdown section to append to docs/BENCHMARKS.md.
 *
 * <pre>java -cp benchmarks/target/nvfetch-bench.jar io.github.nvfetch.bench.ThumbnailSpeed
 *     [files 40] [rounds 5]</pre>
 */
public final class ThumbnailSpeed {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ThumbnailSpeed() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dir = Files.createTempDirectory("nvfetch-thumbnail-bench");
    List<Path> volumes = new ArrayList<>();
    for (int n = 0; n < files; n++) {
      volumes.add(Files.write(dir.resolve("image_" + n + ".nii.gz"), volume(n)));
    }
    ThumbnailRenderer renderer = new ThumbnailRenderer(dir.resolve("png"), GlassBrain.standard());
    for (int warm = 0; warm < 3; warm++) {
      for (int n = 0; n < files; n++) {
        check(renderer.render(n, volumes.get(n)));
      }
    }
    double[] total = new double[files * rounds];
    double[] totalCpu = new double[files * rounds];
    double[][] stages = new double[5][files * rounds];
    int at = 0;
    for (int round = 0; round < rounds; round++) {
      for (int n = 0; n < files; n++, at++) {
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        check(renderer.render(n, volumes.get(n)));
        totalCpu[at] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        total[at] = (System.nanoTime() - t0) / 1e6;
        stageTimes(volumes.get(n), stages, at);
      }
    }
    double poolPerImage = poolSeconds(dir, volumes, rounds) * 1000 / (files * rounds);
    print(files, rounds, total, totalCpu, stages, poolPerImage, Files.size(volumes.get(0)));
  }

  private static void stageTimes(Path file, double[][] stages, int at) throws IOException {
    long t0 = CPU.getCurrentThreadCpuTime();
    ArrayVolume volume = VolumeVoxels.firstVolume(Volume.read(file));
    long t1 = CPU.getCurrentThreadCpuTime();
    DisplayRange range = DisplayRange.of(volume, DisplayRange.DEFAULT_PERCENTILE);
    long t2 = CPU.getCurrentThreadCpuTime();
    Projections projections = Projections.of(volume);
    long t3 = CPU.getCurrentThreadCpuTime();
    BufferedImage image = new GlassBrainPainter(new ThumbnailLayout(2)).paint(projections, range);
    long t4 = CPU.getCurrentThreadCpuTime();
    GlassBrain.encodePng(image);
    long t5 = CPU.getCurrentThreadCpuTime();
    long[] marks = {t0, t1, t2, t3, t4, t5};
    for (int s = 0; s < 5; s++) {
      stages[s][at] = (marks[s + 1] - marks[s]) / 1e6;
    }
  }

  private static double poolSeconds(Path dir, List<Path> volumes, int rounds) {
    int threads = Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      try (ThumbnailPool pool = ThumbnailPool.create(dir.resolve("pool" + round), threads)) {
        for (int n = 0; n < volumes.size(); n++) {
          pool.submit(n, volumes.get(n));
        }
        pool.awaitAll().values().forEach(ThumbnailSpeed::check);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  private static void check(Thumbnail thumbnail) {
    if (thumbnail.file().isEmpty()) {
      throw new IllegalStateException("not rendered: " + thumbnail.problem().orElse("?"));
    }
  }

  private static void print(
      int files,
      int rounds,
      double[] total,
      double[] totalCpu,
      double[][] stages,
      double poolPerImage,
      long fileSize) {
    String[] names = {
      "CPU: read (core Volume codec) + float copy",
      "CPU: threshold (histogram)",
      "CPU: projection (3 views)",
      "CPU: paint",
      "CPU: PNG encode"
    };
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "### Thumbnails — %s UTC%n%n",
            java.time.LocalDateTime.now(java.time.ZoneOffset.UTC)
                .withNano(0)
                .toString()
                .replace('T', ' ')
                .substring(0, 16)));
    out.append(
        String.format(
            Locale.ROOT,
            "%d renders (%d files x %d rounds, after 3 warm-up "
                + "rounds) of a 2 mm MNI image, 91 x 109 x 91 float32, %.1f MB gzipped; %d cores.%n%n",
            files * rounds,
            files,
            rounds,
            fileSize / 1e6,
            Runtime.getRuntime().availableProcessors()));
    out.append(
        String.format(
            Locale.ROOT,
            "Load average at the start: %.1f (CPU time is what "
                + "a render costs; wall time also counts waiting for a core).%n%n",
            java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()));
    out.append("| stage | median ms | p90 ms | mean ms |\n|---|---:|---:|---:|\n");
    out.append(row("whole thumbnail, one thread, wall (incl. atomic PNG write)", total));
    out.append(row("whole thumbnail, one thread, CPU", totalCpu));
    for (int s = 0; s < 5; s++) {
      out.append(row(names[s], stages[s]));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nThumbnailPool, one worker per core: %.1f ms per "
                + "image (wall clock / images). Goal: <= 50 ms per 2 mm image.%n",
            poolPerImage));
    System.out.println(out);
  }

  private static String row(String name, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "| %s | %.1f | %.1f | %.1f |%n",
        name,
        sorted[sorted.length / 2],
        sorted[(int) (sorted.length * 0.9)],
        Arrays.stream(values).average().orElse(0));
  }

  /** A 2 mm MNI image: an ellipsoid of noise with four signed blobs, gzipped. */
  private static byte[] volume(long seed) throws IOException {
    int nx = 91;
    int ny = 109;
    int nz = 91;
    Random random = new Random(seed);
    double[][] blobs = new double[4][];
    for (int b = 0; b < 4; b++) {
      blobs[b] =
          new double[] {
            20 + random.nextInt(50),
            20 + random.nextInt(70),
            20 + random.nextInt(50),
            (random.nextDouble() * 2 - 1) * 8
          };
    }
    ByteBuffer buffer = ByteBuffer.allocate(352 + nx * ny * nz * 4).order(ByteOrder.LITTLE_ENDIAN);
    header(buffer, nx, ny, nz);
    int at = 352;
    for (int k = 0; k < nz; k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          buffer.putFloat(at, value(random, blobs, i, j, k));
          at += 4;
        }
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(buffer.array());
    }
    return bytes.toByteArray();
  }

  private static float value(Random random, double[][] blobs, int i, int j, int k) {
    double dx = (i - 45) / 40.0;
    double dy = (j - 54) / 50.0;
    double dz = (k - 40) / 38.0;
    if (dx * dx + dy * dy + dz * dz > 1) {
      return 0f;
    }
    double v = random.nextGaussian() * 0.5;
    for (double[] b : blobs) {
      double d2 = (i - b[0]) * (i - b[0]) + (j - b[1]) * (j - b[1]) + (k - b[2]) * (k - b[2]);
      v += b[3] * Math.exp(-d2 / 32);
    }
    return (float) (Math.round(v * 64) / 64.0);
  }

  private static void header(ByteBuffer b, int nx, int ny, int nz) {
    b.putInt(0, 348);
    b.putShort(40, (short) 3)
        .putShort(42, (short) nx)
        .putShort(44, (short) ny)
        .putShort(46, (short) nz);
    b.putShort(70, (short) 16).putShort(72, (short) 32);
    b.putFloat(76, -1f).putFloat(80, 2f).putFloat(84, 2f).putFloat(88, 2f);
    b.putFloat(108, 352f);
    b.putShort(254, (short) 4);
    float[][] srow = {{-2, 0, 0, 90}, {0, 2, 0, -126}, {0, 0, 2, -72}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, srow[r][c]);
      }
    }
    b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
  }
}
