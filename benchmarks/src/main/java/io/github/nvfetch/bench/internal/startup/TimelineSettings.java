package io.github.nvfetch.bench.internal.startup;

import io.github.nvfetch.bench.internal.Args;
import java.nio.file.Path;
import java.util.Set;

/**
 * The options of the start-up timeline ({@code throughput --timeline}).
 *
 * @param images images per harvest ({@code --images}; 60 in the measurement)
 * @param concurrency downloads in flight (9, as {@code --concurrency 9})
 * @param rate requests per second (9.5, as {@code --rate 9.5})
 * @param runs runs of each launcher, interleaved ({@code --runs}, default 3); medians are reported
 * @param nilearn also run nilearn once on the same replica ({@code --nilearn})
 * @param root the checkout: {@code examples/target/nvfetch.jar}, the {@code nvfetch} script, tools/
 * @param python the Python running nilearn ({@code --python}, default /usr/bin/python3)
 * @param nilearnSrc nilearn's source tree, put first on PYTHONPATH ({@code --nilearn-src}, default
 *     /work/nilearn-src)
 * @param workDir parent of the scratch data directories (null: the temp directory)
 */
public record TimelineSettings(
    int images,
    int concurrency,
    double rate,
    int runs,
    boolean nilearn,
    Path root,
    String python,
    String nilearnSrc,
    Path workDir) {

  /** The option names read by {@link #from(Args, Path)}, besides the throughput benchmark's. */
  public static final Set<String> OPTIONS =
      Set.of("timeline", "runs", "nilearn", "python", "nilearn-src");

  /** Images of the measurement. */
  public static final int DEFAULT_IMAGES = 60;

  /** The images of the replica's corpus (the issue's: 800 images in 20 collections). */
  public static final long CORPUS_IMAGES = 800;

  /** The collections of the replica's corpus. */
  public static final int CORPUS_COLLECTIONS = 20;

  /** Reads the options; {@code root} is the checkout. */
  public static TimelineSettings from(Args args, Path root) {
    return new TimelineSettings(
        args.positiveInt("images", DEFAULT_IMAGES),
        9,
        9.5,
        args.positiveInt("runs", 3),
        args.flag("nilearn"),
        root,
        args.string("python", "/usr/bin/python3"),
        args.string("nilearn-src", "/work/nilearn-src"),
        args.has("work-dir") ? Path.of(args.string("work-dir", ".")) : null);
  }

  /** The CLI jar of the checkout. */
  public Path cliJar() {
    return root.resolve("examples/target/nvfetch.jar");
  }

  /** The {@code nvfetch} launcher script of the checkout. */
  public Path script() {
    return root.resolve("nvfetch");
  }

  /** The class-data archive the script keeps next to the jar. */
  public Path scriptArchive() {
    return root.resolve("examples/target/nvfetch.jsa");
  }
}
