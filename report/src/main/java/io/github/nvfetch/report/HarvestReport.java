package io.github.nvfetch.report;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.report.internal.html.ReportPage;
import io.github.nvfetch.report.internal.model.Contents;
import io.github.nvfetch.report.internal.model.ReportContent;
import io.github.nvfetch.report.internal.model.ReportCounts;
import io.github.nvfetch.report.internal.model.ReportFailure;
import io.github.nvfetch.report.internal.model.ReportImage;
import io.github.nvfetch.report.internal.model.Versions;
import io.github.nvfetch.report.internal.render.AtomicWrite;
import io.github.nvfetch.report.internal.render.ThumbnailLinks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A harvest report people look at: one self-contained HTML page (style sheet inline, no script, no
 * network) with the counts, the request, charts of map types, modalities and images per collection,
 * the failures with their reasons, and one card per image with its glass-brain thumbnail, name,
 * collection, map type, modality, number of subjects, NeuroVault link and top Neurosynth words.
 * Thumbnails are PNG files in a folder beside the page ({@link #thumbnailFolder}), or inline {@code
 * data:} URIs when asked.
 *
 * <pre>{@code
 * HarvestReport.of(dataset).request(request).elapsed(took).build().write(Path.of("report.html"));
 * HarvestReport.ofDataDir(Path.of("nvfetch-data")).build().write(Path.of("report.html"));
 * }</pre>
 *
 * <p>Server-provided text is escaped everywhere. Immutable; {@link #write} blocks (file I/O and
 * rendering on a bounded pool of threads).
 */
public final class HarvestReport {

  private final Builder settings;

  private HarvestReport(Builder settings) {
    this.settings = settings;
  }

  /** A report of a harvest's result. */
  public static Builder of(NeuroVaultDataset dataset) {
    return new Builder(Objects.requireNonNull(dataset, "dataset"), null);
  }

  /** A report of what a data dir holds, read offline from its stored metadata. */
  public static Builder ofDataDir(Path dataDir) {
    return new Builder(null, Objects.requireNonNull(dataDir, "dataDir"));
  }

  /** The folder of a page's thumbnails: {@code <name>_files} beside {@code report.html}. */
  public static Path thumbnailFolder(Path htmlFile) {
    Path absolute = htmlFile.toAbsolutePath().normalize();
    String name = absolute.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return absolute.resolveSibling(stem + "_files");
  }

  /**
   * Writes the page (atomically) and its thumbnails. Images the builder's {@link ThumbnailPool} did
   * not render are rendered now.
   *
   * @param htmlFile the page to write
   * @return the page's absolute path
   * @throws ReportException when the page or its folder cannot be written
   */
  public Path write(Path htmlFile) {
    Path page = htmlFile.toAbsolutePath().normalize();
    ReportContent content = content();
    Path folder = settings.inline ? temporaryFolder(page) : thumbnailFolder(page);
    try {
      Map<Long, Thumbnail> thumbnails = thumbnails(content.images(), folder);
      Function<Thumbnail, String> links =
          settings.inline ? ThumbnailLinks.inline() : ThumbnailLinks.relativeTo(page.getParent());
      String html = ReportPage.html(content, thumbnails, links);
      AtomicWrite.write(page, html.getBytes(StandardCharsets.UTF_8));
      return page;
    } catch (IOException | RuntimeException e) {
      throw new ReportException("cannot write the report " + page + ": " + e.getMessage(), e);
    } finally {
      if (settings.inline) {
        deleteQuietly(folder);
      }
    }
  }

  private ReportContent content() {
    NeuroVaultDataset dataset = settings.dataset;
    // a builder holds exactly one of the two sources
    LocalStore store =
        dataset != null ? null : LocalStore.at(Objects.requireNonNull(settings.dataDir, "dataDir"));
    Contents.Gathered gathered = store == null ? Contents.of(dataset) : Contents.of(store);
    List<ReportFailure> failures = new ArrayList<>(gathered.failures());
    settings.failedCollections.forEach(
        (id, reason) -> failures.add(Contents.collection(id, reason)));
    long fetched = gathered.images().size();
    long fromDisk = gathered.images().stream().filter(image -> !image.downloaded()).count();
    long failed = gathered.failures().size();
    ReportCounts counts =
        new ReportCounts(settings.selected.orElse(fetched + failed), fetched, fromDisk, failed);
    String source =
        store == null
            ? "harvest" + dataDirOf(gathered.images())
            : "data directory " + store.dataDir() + " (offline)";
    Map<String, String> versions = new LinkedHashMap<>(Versions.all());
    versions.putAll(settings.versions);
    return new ReportContent(
        settings.title,
        source,
        settings.generatedAt,
        Optional.ofNullable(settings.elapsed),
        settings.request,
        versions,
        counts,
        gathered.images(),
        failures);
  }

  private static String dataDirOf(List<ReportImage> images) {
    if (images.isEmpty()) {
      return "";
    }
    // <data_dir>/neurovault/collection_<id>/image_<id>.nii.gz
    Path dir = images.get(0).file().toAbsolutePath();
    for (int level = 0; level < 3; level++) {
      Path parent = dir.getParent();
      if (parent == null) {
        break;
      }
      dir = parent;
    }
    return " into " + dir;
  }

  private Map<Long, Thumbnail> thumbnails(List<ReportImage> images, Path folder) {
    ThumbnailPool given =
        settings.pool != null && settings.pool.folder().toAbsolutePath().normalize().equals(folder)
            ? settings.pool
            : null;
    Map<Long, Thumbnail> all = new LinkedHashMap<>();
    try (ThumbnailPool own = ThumbnailPool.create(folder, settings.threads)) {
      for (ReportImage image : images) {
        if (given == null || !given.contains(image.id())) {
          own.submit(image.id(), image.file());
        }
      }
      if (given != null) {
        all.putAll(given.awaitAll());
      }
      all.putAll(own.awaitAll());
    }
    return all;
  }

  private static Path temporaryFolder(Path page) {
    try {
      Files.createDirectories(page.getParent());
      return Files.createTempDirectory(page.getParent(), ".nvfetch-thumbnails-");
    } catch (IOException e) {
      throw new ReportException("cannot write the report " + page + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }

  /** Collects a report's settings; every setter is optional. */
  public static final class Builder {

    private final @Nullable NeuroVaultDataset dataset;
    private final @Nullable Path dataDir;
    private String title = "NeuroVault harvest report";
    private List<String> request = List.of();
    private @Nullable Duration elapsed;
    private OptionalLong selected = OptionalLong.empty();
    private Map<Long, String> failedCollections = Map.of();
    private Map<String, String> versions = Map.of();
    private boolean inline;
    private @Nullable ThumbnailPool pool;
    private int threads = Runtime.getRuntime().availableProcessors();
    private @Nullable Instant generatedAt;

    private Builder(@Nullable NeuroVaultDataset dataset, @Nullable Path dataDir) {
      this.dataset = dataset;
      this.dataDir = dataDir;
    }

    /** The page title (default "NeuroVault harvest report"). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** The request as the user wrote it, shown verbatim, one entry per line. */
    public Builder request(List<String> lines) {
      this.request = List.copyOf(lines);
      return this;
    }

    /** The request of a filtered harvest: its terms, filters, limit and mode. */
    public Builder request(FetchRequest request) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "fetch: max_images="
              + (request.maxImages().isPresent() ? request.maxImages().getAsInt() : "None")
              + ", mode="
              + request.mode().nilearnName());
      lines.add("image terms: " + request.effectiveImageTerms());
      lines.add("collection terms: " + request.effectiveCollectionTerms());
      lines.add("neurosynth words: " + request.fetchNeurosynthWords());
      return request(lines);
    }

    /** The request of a harvest by ids. */
    public Builder request(IdsRequest request) {
      return request(
          List.of(
              "ids: collections "
                  + request.collectionIds()
                  + ", images "
                  + request.imageIds()
                  + ", mode="
                  + request.mode().nilearnName()));
    }

    /** How long the harvest took. */
    public Builder elapsed(Duration elapsed) {
      this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
      return this;
    }

    /** How many images were selected (default: fetched plus failed). */
    public Builder selected(long selected) {
      if (selected < 0) {
        throw new IllegalArgumentException("selected must be at least 0");
      }
      this.selected = OptionalLong.of(selected);
      return this;
    }

    /** Collections that could not be read, with their reasons (ids harvests). */
    public Builder failedCollections(Map<Long, String> failedCollections) {
      this.failedCollections = new LinkedHashMap<>(failedCollections);
      return this;
    }

    /** Extra versions for the footer, name to version (nvfetch, Java and OS are always there). */
    public Builder versions(Map<String, String> versions) {
      this.versions = Map.copyOf(versions);
      return this;
    }

    /** Thumbnails as inline {@code data:} URIs: one file, no folder (default false). */
    public Builder inlineThumbnails(boolean inline) {
      this.inline = inline;
      return this;
    }

    /**
     * Thumbnails already being rendered while the harvest ran; used when its folder is the page's
     * {@link #thumbnailFolder}, and waited for.
     */
    public Builder thumbnails(ThumbnailPool pool) {
      this.pool = Objects.requireNonNull(pool, "pool");
      return this;
    }

    /** Threads rendering the thumbnails not rendered yet (default: one per processor). */
    public Builder renderThreads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("renderThreads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** When the report was written (default: now). */
    public Builder generatedAt(Instant generatedAt) {
      this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
      return this;
    }

    /** The report. */
    public HarvestReport build() {
      Builder copy = new Builder(dataset, dataDir);
      copy.title = title;
      copy.request = request;
      copy.elapsed = elapsed;
      copy.selected = selected;
      copy.failedCollections = Collections.unmodifiableMap(new LinkedHashMap<>(failedCollections));
      copy.versions = versions;
      copy.inline = inline;
      copy.pool = pool;
      copy.threads = threads;
      copy.generatedAt = generatedAt == null ? Instant.now() : generatedAt;
      return new HarvestReport(copy);
    }
  }
}
