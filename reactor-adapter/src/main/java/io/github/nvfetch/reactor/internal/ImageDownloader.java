package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.internal.NiftiGzipCheck;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.reactor.HarvestEvent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Downloads one image file: streamed to {@code <name>.part}, then its length, gzip stream and
 * NIfTI header checked, then moved atomically into place. Every attempt starts a fresh part
 * file; a failed or cancelled attempt deletes it.
 */
public final class ImageDownloader {

  private final URI base;
  private final HttpTransport http;
  private final Resilience resilience;
  private final Scheduler io;
  private final long maxBytes;
  private final Duration fileTimeout;

  /** Creates the downloader. */
  public ImageDownloader(URI base, HttpTransport http, Resilience resilience, Scheduler io,
      long maxBytes, Duration fileTimeout) {
    this.base = base;
    this.http = http;
    this.resilience = resilience;
    this.io = io;
    this.maxBytes = maxBytes;
    this.fileTimeout = fileTimeout;
  }

  /**
   * Downloads the image's {@code file} into the staged file {@code stage} opens.
   *
   * @return the final path of the file
   */
  public Mono<Path> download(ImageMeta image, Callable<StagedFile> stage, EventSink events) {
    return Mono.defer(() -> {
      URI uri = fileUri(image);
      Mono<Path> attempt = Mono.usingWhen(
          Mono.fromCallable(stage).subscribeOn(io),
          staged -> transferAndCommit(image, uri, staged, events),
          staged -> Mono.fromRunnable(staged::close).subscribeOn(io),
          (staged, error) -> Mono.fromRunnable(staged::abort).subscribeOn(io),
          staged -> Mono.fromRunnable(staged::abort).subscribeOn(io));
      return resilience.decorateDownload(attempt, uri, events);
    });
  }

  private Mono<Path> transferAndCommit(ImageMeta image, URI uri, StagedFile staged,
      EventSink events) {
    return http.download(uri, staged, maxBytes, fileTimeout, progress(image, events))
        .then(Mono.fromCallable(() -> {
          NiftiGzipCheck.check(staged.flush());
          return staged.commit();
        }).subscribeOn(io));
  }

  private static LongConsumer progress(ImageMeta image, EventSink events) {
    if (events.isSilent()) {
      return bytes -> { };
    }
    AtomicLong total = new AtomicLong();
    long expected = image.fileSize().orElse(-1);
    return bytes -> events.emit(new HarvestEvent.BytesTransferred(image.id(), bytes,
        total.addAndGet(bytes), expected));
  }

  /**
   * The address of the image's file: {@code http(s)} only, without {@code ..} segments, pinned
   * to the configured scheme when it names the NeuroVault host.
   *
   * @throws InvalidMetadataException when the record has no usable {@code file}
   */
  public URI fileUri(ImageMeta image) {
    String file = image.file().orElseThrow(() -> new InvalidMetadataException(
        "image " + image.id() + " has no file URL"));
    URI uri;
    try {
      uri = new URI(file.trim());
    } catch (URISyntaxException e) {
      throw new InvalidMetadataException("image " + image.id() + " has an invalid file URL: "
          + file, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidMetadataException("image " + image.id()
          + " has a file URL that is not http(s): " + file);
    }
    String path = URLDecoder.decode(uri.getRawPath() == null ? "" : uri.getRawPath()
        .replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.contains("/../") || path.endsWith("/..") || path.contains("\\")) {
      throw new InvalidMetadataException("image " + image.id()
          + " has a file URL with path traversal: " + file);
    }
    return Urls.sameHostLink(base, file.trim()).orElse(uri);
  }
}
