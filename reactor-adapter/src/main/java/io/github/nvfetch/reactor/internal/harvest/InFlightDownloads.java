package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.store.StagedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * In-flight coalescing of image downloads, process-wide, on the file's place in its store (so per
 * data directory and image): while one harvest downloads an image's file, another that needs the
 * same file waits for it instead of downloading it again. Once the first download is verified, each
 * waiter gets a copy of it in a staged file of its own (a local copy, no request), which its
 * harvest commits or discards as if it had downloaded it: harvests never share a part file, and a
 * commit is an atomic move of identical bytes, so overlapping harvests never corrupt each other. If
 * the first download fails or is cancelled, the waiters download the file themselves (one of them
 * first, the others waiting for it again). The flight lasts until the first download is committed
 * or discarded: a harvest that reaches the image after the download was verified but before it was
 * committed gets a copy at once (of the part file, or of the committed file if the commit came
 * first), never waiting for the other harvest's commit, so harvests that store the same images in
 * different orders cannot wait for each other.
 *
 * <p>A download that nobody else runs first looks at the file's place in the store, when its caller
 * allows it ({@code download_new}): a harvest whose local scan ran before another harvest stored
 * the image, and that reaches the image after that download ended, gets a copy of the stored file
 * (when it passes the quick check) instead of downloading it again.
 */
public final class InFlightDownloads {

  private static final InFlightDownloads SHARED = new InFlightDownloads();

  /** A separate set of downloads (tests); the process shares {@link #shared()}. */
  InFlightDownloads() {}

  private static final int COPY_BUFFER = 64 * 1024;

  private static final int WAITING = 0;
  private static final int DELIVERED = 1;
  private static final int GONE = 2;

  private final Map<Path, Flight> flights = new HashMap<>();

  /** The harvests waiting for one file (guarded by the {@link InFlightDownloads}' lock). */
  private static final class Flight {
    List<Waiter> waiters = new ArrayList<>();
    @Nullable StagedFile verified;

    List<Waiter> takeWaiters() {
      List<Waiter> taken = waiters;
      waiters = new ArrayList<>();
      return taken;
    }
  }

  /** One waiter: where its copy goes, and how its wait ended. */
  private static final class Waiter {
    final Supplier<StagedFile> stage;
    final PendingFiles pending;
    final Sinks.One<StagedFile> copy = Sinks.one();
    final AtomicInteger state = new AtomicInteger(WAITING);

    Waiter(Supplier<StagedFile> stage, PendingFiles pending) {
      this.stage = stage;
      this.pending = pending;
    }
  }

  /** The downloads of this process. */
  public static InFlightDownloads shared() {
    return SHARED;
  }

  /**
   * The verified file of {@code download}, or a copy of the one another harvest is downloading into
   * the same place right now.
   *
   * @param stage makes the caller's staged files (the place they commit to is the key)
   * @param pending the caller's staged files not yet committed or deleted
   * @param io the scheduler of file work (finding the place, copying)
   * @param download the caller's own download, verified, used when nobody downloads the file
   */
  public Mono<StagedFile> coalesce(
      Supplier<StagedFile> stage, PendingFiles pending, Scheduler io, Mono<StagedFile> download) {
    return coalesce(stage, pending, io, download, target -> false);
  }

  /**
   * {@link #coalesce(Supplier, PendingFiles, Scheduler, Mono)}, and when nobody downloads the file,
   * a copy of the one already in its place if {@code usable} accepts it (tested on the I/O
   * scheduler just before the download would start).
   */
  public Mono<StagedFile> coalesce(
      Supplier<StagedFile> stage,
      PendingFiles pending,
      Scheduler io,
      Mono<StagedFile> download,
      Predicate<Path> usable) {
    return Mono.fromCallable(() -> placeOf(stage))
        .subscribeOn(io)
        .flatMap(
            place ->
                place
                    .map(
                        target ->
                            join(
                                target,
                                stage,
                                pending,
                                io,
                                storedCopy(target, stage, pending, usable)
                                    .subscribeOn(io)
                                    .switchIfEmpty(download)))
                    .orElse(download));
  }

  /** A staged copy of the file already in {@code target}, if usable; empty otherwise. */
  private static Mono<StagedFile> storedCopy(
      Path target, Supplier<StagedFile> stage, PendingFiles pending, Predicate<Path> usable) {
    return Mono.fromCallable(
        () -> {
          if (!Files.isRegularFile(target) || !usable.test(target)) {
            return null;
          }
          StagedFile copy = stage.get();
          pending.opened(copy);
          try {
            copyInto(target, copy);
            return copy;
          } catch (RuntimeException e) {
            discard(copy, pending);
            return null;
          }
        });
  }

  /** The file's place, or none when it cannot be found (the download then reports why). */
  private static Optional<Path> placeOf(Supplier<StagedFile> stage) {
    try {
      return Optional.of(stage.get().target());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private Mono<StagedFile> join(
      Path target,
      Supplier<StagedFile> stage,
      PendingFiles pending,
      Scheduler io,
      Mono<StagedFile> download) {
    return Mono.defer(
        () -> {
          Waiter waiter = null;
          Flight flight;
          StagedFile verified = null;
          synchronized (this) {
            flight = flights.get(target);
            if (flight == null) {
              flight = new Flight();
              flights.put(target, flight);
            } else if (flight.verified != null) {
              verified = flight.verified;
            } else {
              waiter = new Waiter(stage, pending);
              flight.waiters.add(waiter);
            }
          }
          Mono<StagedFile> again = Mono.defer(() -> join(target, stage, pending, io, download));
          if (verified != null) {
            Flight ended = flight;
            return lateCopy(verified, stage, pending)
                .subscribeOn(io)
                .doOnDiscard(StagedFile.class, copy -> discard(copy, pending))
                .switchIfEmpty(Mono.defer(() -> abandon(target, ended)).then(again));
          }
          if (waiter == null) {
            return lead(target, flight, pending, io, download);
          }
          return await(waiter, pending, io).switchIfEmpty(again);
        });
  }

  /** A copy of a verified file not yet settled; empty if it was discarded meanwhile. */
  private static Mono<StagedFile> lateCopy(
      StagedFile verified, Supplier<StagedFile> stage, PendingFiles pending) {
    return Mono.fromCallable(
        () -> {
          StagedFile copy = stage.get();
          pending.opened(copy);
          try {
            if (verified.readSettled(source -> copied(source, copy)).isPresent()) {
              return copy;
            }
          } catch (RuntimeException e) {
            // the caller downloads the file itself
          }
          discard(copy, pending);
          return null;
        });
  }

  private static Boolean copied(Path source, StagedFile copy) {
    copyInto(source, copy);
    return Boolean.TRUE;
  }

  private Mono<StagedFile> lead(
      Path target, Flight flight, PendingFiles pending, Scheduler io, Mono<StagedFile> download) {
    return download
        .publishOn(io)
        .map(file -> handOut(target, flight, file, pending))
        .doOnDiscard(StagedFile.class, file -> discard(file, pending))
        .doOnError(e -> abandon(target, flight))
        .doOnCancel(() -> abandon(target, flight));
  }

  /** A waiter's copy; empty when the first download failed (the waiter downloads itself). */
  private static Mono<StagedFile> await(Waiter waiter, PendingFiles pending, Scheduler io) {
    return waiter
        .copy
        .asMono()
        .doOnCancel(
            () -> {
              if (waiter.state.getAndSet(GONE) == DELIVERED) {
                waiter.copy.asMono().publishOn(io).subscribe(copy -> discard(copy, pending));
              }
            });
  }

  /** Ends the flight, if it is still the one for {@code target}: its last waiters. */
  private synchronized List<Waiter> close(Path target, Flight flight) {
    return flights.remove(target, flight) ? flight.takeWaiters() : List.of();
  }

  /**
   * The first download is verified: every waiter gets its copy, then the leader its file. The
   * flight stays until the leader's file is committed or discarded, for the harvests that come
   * meanwhile.
   */
  private StagedFile handOut(Path target, Flight flight, StagedFile file, PendingFiles pending) {
    List<Waiter> waiters;
    synchronized (this) {
      flight.verified = file;
      waiters = flight.takeWaiters();
    }
    deliver(waiters, file.partPath());
    pending.whenSettled(file, () -> close(target, flight));
    return file;
  }

  private static void deliver(List<Waiter> waiters, Path source) {
    for (Waiter waiter : waiters) {
      if (waiter.state.get() == GONE) {
        continue;
      }
      StagedFile copy = waiter.stage.get();
      waiter.pending.opened(copy);
      try {
        copyInto(source, copy);
      } catch (RuntimeException e) {
        discard(copy, waiter.pending);
        waiter.copy.tryEmitEmpty();
        continue;
      }
      if (waiter.state.compareAndSet(WAITING, DELIVERED)) {
        waiter.copy.tryEmitValue(copy);
      } else {
        discard(copy, waiter.pending);
      }
    }
  }

  private Mono<Void> abandon(Path target, Flight flight) {
    close(target, flight).forEach(waiter -> waiter.copy.tryEmitEmpty());
    return Mono.empty();
  }

  private static void copyInto(Path source, StagedFile copy) {
    try (InputStream in = Files.newInputStream(source)) {
      byte[] buffer = new byte[COPY_BUFFER];
      int read;
      while ((read = in.read(buffer)) > 0) {
        copy.write(ByteBuffer.wrap(buffer, 0, read));
      }
      copy.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + source + ": " + e.getMessage(), e);
    }
  }

  private static void discard(StagedFile copy, PendingFiles pending) {
    try {
      copy.abort();
    } finally {
      pending.settled(copy);
    }
  }
}
