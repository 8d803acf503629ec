package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.internal.NiftiGzipCheck;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.core.store.FileTooLargeException;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.TransportException;
import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.api.Urls;
import io.github.nvfetch.reactor.internal.http.HttpTransport;
import io.github.nvfetch.reactor.internal.http.ResponseBody;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Downloads one image file: streamed to a part file of its own, then checked: its length against
 * its own response's {@code Content-Length} and the metadata's {@code file_size} (when known), and
 * the whole gzip stream and NIfTI header. Only a verified part file is handed over to be committed
 * (moved into place atomically, with its metadata) or discarded. Every attempt starts a fresh part
 * file with a unique name; a failed or cancelled attempt deletes it. When {@code file_size} is
 * known, the body is cut off at {@link #SIZE_SLACK_FACTOR} times it (plus {@link
 * #SIZE_SLACK_BYTES}), so an endless body costs little.
 */
public final class ImageDownloader {

  /** How many times its {@code file_size} a body may grow to before it is cut off. */
  public static final long SIZE_SLACK_FACTOR = 2;

  /** Bytes a body may grow to beyond {@link #SIZE_SLACK_FACTOR} times its size. */
  public static final long SIZE_SLACK_BYTES = 64 * 1024;

  private final URI base;
  private final HttpTransport http;
  private final Resilience resilience;
  private final Scheduler io;
  private final long maxBytes;
  private final Duration fileTimeout;
  private final ClientMetrics metrics;

  /** Creates the downloader. */
  public ImageDownloader(
      URI base,
      HttpTransport http,
      Resilience resilience,
      Scheduler io,
      long maxBytes,
      Duration fileTimeout) {
    this(base, http, resilience, io, maxBytes, fileTimeout, ClientMetrics.NONE);
  }

  /** Creates the downloader, measuring downloads into {@code metrics}. */
  public ImageDownloader(
      URI base,
      HttpTransport http,
      Resilience resilience,
      Scheduler io,
      long maxBytes,
      Duration fileTimeout,
      ClientMetrics metrics) {
    this.metrics = metrics;
    this.base = base;
    this.http = http;
    this.resilience = resilience;
    this.io = io;
    this.maxBytes = maxBytes;
    this.fileTimeout = fileTimeout;
  }

  /**
   * Downloads the image's {@code file} into a staged file and verifies it. The returned file is
   * flushed and checked but not committed: the caller commits it, or deletes it with {@link
   * #discard}. A failed or cancelled attempt deletes its own part file.
   *
   * @param stage makes the staged file; must do no I/O
   * @param pending counts staged files until they are committed or deleted
   */
  public Mono<StagedFile> download(
      ImageMeta image, Supplier<StagedFile> stage, PendingFiles pending, EventSink events) {
    return download(image, stage, pending, events, TransferGate.OPEN, false);
  }

  /**
   * {@link #download}, each transfer in a slot of {@code gate}: the slot (and the connection) is
   * given back as soon as the body has arrived, and the part file is flushed and checked on the I/O
   * scheduler outside it. A verified file that an operator drops on the way out (the download was
   * cancelled just as it ended) is deleted. The file is still handed over only once its checks
   * passed; a failed check still fails the attempt (retried when the failure table says so). With
   * {@code reuseStored} ({@code download_new}), a file found intact in the image's place just
   * before the download would start (another harvest stored it since this one's local scan) is
   * copied instead of downloaded again.
   */
  Mono<StagedFile> download(
      ImageMeta image,
      Supplier<StagedFile> stage,
      PendingFiles pending,
      EventSink events,
      TransferGate gate,
      boolean reuseStored) {
    return Mono.defer(
            () -> {
              URI uri = fileUri(image);
              Mono<StagedFile> attempt =
                  Mono.defer(
                      () -> {
                        StagedFile staged = stage.get();
                        pending.opened(staged);
                        Mono<Long> transfer =
                            http.stream(
                                uri,
                                fileTimeout,
                                (declared, body) ->
                                    written(
                                        uri,
                                        staged,
                                        declared,
                                        body,
                                        limitFor(image),
                                        progress(image, events).andThen(metrics::bytesReceived)));
                        return gate.during(resilience.fileTransfer(transfer, uri))
                            .then(Mono.fromCallable(() -> verified(image, staged)).subscribeOn(io))
                            .onErrorResume(e -> discardNow(staged, pending).then(Mono.error(e)))
                            .doOnCancel(() -> discard(staged, pending));
                      });
              return InFlightDownloads.shared()
                  .coalesce(
                      stage,
                      pending,
                      io,
                      metrics.downloadInFlight(resilience.retriedDownload(attempt, uri, events)),
                      target -> reuseStored && intact(target, image));
            })
        .doOnDiscard(StagedFile.class, staged -> discard(staged, pending));
  }

  /**
   * Writes a body to its part file, every chunk on the I/O scheduler. Fails with a {@link
   * FileTooLargeException} (never worth a retry) as soon as the declared or received length passes
   * {@code maxBytes}, and when the body ends before its {@code Content-Length}.
   *
   * @return the number of bytes written
   */
  private Mono<Long> written(
      URI uri,
      StagedFile target,
      long declared,
      ResponseBody body,
      long maxBytes,
      LongConsumer progress) {
    if (declared > maxBytes) {
      return Mono.error(
          new FileTooLargeException(
              "file declares " + declared + " bytes, more than the " + maxBytes + " accepted"));
    }
    return body.eachChunk(chunk -> writeChunk(target, chunk, maxBytes))
        .doOnNext(progress::accept)
        .then(Mono.fromCallable(target::size))
        .flatMap(
            total ->
                declared >= 0 && total != declared
                    ? Mono.error(
                        new TransportException(
                            uri, "body ended after " + total + " of " + declared + " bytes", null))
                    : Mono.just(total));
  }

  private Mono<Long> writeChunk(StagedFile target, ByteBuffer chunk, long maxBytes) {
    return Mono.fromCallable(
            () -> {
              int length = chunk.remaining();
              if (target.size() + length > maxBytes) {
                throw new FileTooLargeException(
                    "file is larger than the " + maxBytes + " bytes accepted");
              }
              target.write(chunk);
              return (long) length;
            })
        .subscribeOn(io);
  }

  /** The most bytes accepted for the image's file. */
  long limitFor(ImageMeta image) {
    long size = knownSize(image);
    if (size <= 0 || size > (maxBytes - SIZE_SLACK_BYTES) / SIZE_SLACK_FACTOR) {
      return maxBytes;
    }
    return SIZE_SLACK_FACTOR * size + SIZE_SLACK_BYTES;
  }

  private static long knownSize(ImageMeta image) {
    return image.fileSize().orElse(0);
  }

  /** Flushes the part file and checks it belongs to the image (size, gzip, NIfTI). */
  private static StagedFile verified(ImageMeta image, StagedFile staged) {
    long expected = knownSize(image);
    if (expected > 0 && staged.size() != expected) {
      throw new CorruptFileException(
          "received " + staged.size() + " bytes, the image's " + "file_size is " + expected);
    }
    NiftiGzipCheck.check(staged.flush());
    return staged;
  }

  /**
   * Whether a stored file passes both the local scan's quick check and the whole gzip/NIfTI check,
   * so that a file any scan would reject (also with {@code verify_files}) is never taken.
   */
  private static boolean intact(Path file, ImageMeta image) {
    try {
      NiftiGzipCheck.quickCheck(file, knownSize(image));
      NiftiGzipCheck.check(file);
      return true;
    } catch (CorruptFileException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  /** Deletes a failed attempt's part file before its error goes on (and a retry starts). */
  private Mono<Void> discardNow(StagedFile staged, PendingFiles pending) {
    return Mono.<Void>fromRunnable(
            () -> {
              try {
                staged.abort();
              } finally {
                pending.settled(staged);
              }
            })
        .subscribeOn(io);
  }

  /** Deletes a staged file that will not be committed (on the I/O scheduler). */
  public void discard(StagedFile staged, PendingFiles pending) {
    discardNow(staged, pending).subscribe();
  }

  /** Commits a downloaded file on its own (the low-level download). */
  public Mono<Path> commit(StagedFile staged, PendingFiles pending) {
    return Mono.fromCallable(
            () -> {
              try {
                return staged.commit();
              } finally {
                pending.settled(staged);
              }
            })
        .subscribeOn(io)
        .doOnCancel(() -> discard(staged, pending));
  }

  private static LongConsumer progress(ImageMeta image, EventSink events) {
    if (events.isSilent()) {
      return bytes -> {};
    }
    AtomicLong total = new AtomicLong();
    long expected = image.fileSize().orElse(-1);
    return bytes ->
        events.emit(
            new HarvestEvent.BytesTransferred(image.id(), bytes, total.addAndGet(bytes), expected));
  }

  /**
   * The address of the image's file: {@code http(s)} only, without {@code ..} segments, pinned to
   * the configured scheme when it names the NeuroVault host.
   *
   * @throws InvalidMetadataException when the record has no usable {@code file}
   */
  public URI fileUri(ImageMeta image) {
    String file =
        image
            .file()
            .orElseThrow(
                () -> new InvalidMetadataException("image " + image.id() + " has no file URL"))
            .trim();
    URI uri;
    try {
      uri = new URI(file);
    } catch (URISyntaxException e) {
      throw new InvalidMetadataException(
          "image " + image.id() + " has an invalid file URL: " + file, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      throw new InvalidMetadataException(
          "image " + image.id() + " has a file URL that is not http(s): " + file);
    }
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.contains("/../") || path.endsWith("/..") || path.contains("\\")) {
      throw new InvalidMetadataException(
          "image " + image.id() + " has a file URL with path traversal: " + file);
    }
    return Urls.sameHostLink(base, file).orElse(uri);
  }
}
