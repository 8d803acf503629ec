package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.internal.NiftiGzipCheck;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.core.volume.Resampling;
import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Downloaded;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Finished;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * nilearn's {@code resample=True} as a stage of the harvest. A downloaded image is resampled after
 * its download and before the store step, on a bounded CPU scheduler (one thread per core, never a
 * Netty thread; one volume in memory per thread), in parallel with the downloads, into a staged
 * {@code image_<id>_resampled.nii.gz}; its original part file is deleted (nilearn keeps no
 * original). A stored image is usable when its resampled file exists and was made with the
 * requested interpolation, or when its original exists (then it is resampled locally, also
 * offline). A failure (not a NIfTI, entirely outside the grid, no file at all offline) is a
 * reported failed image, with no staged file left.
 */
final class ResampleStage {

  private static final Scheduler CPU =
      Schedulers.newBoundedElastic(
          Runtime.getRuntime().availableProcessors(),
          Integer.MAX_VALUE,
          "nvfetch-resample",
          60,
          true);

  private ResampleStage() {}

  /** The step, with its downloaded image resampled when the harvest resamples. */
  static Mono<HarvestStep> prepare(Mono<HarvestStep> step, HarvestContext context) {
    if (!context.resampling().enabled()) {
      return step;
    }
    return step.flatMap(
        ready ->
            ready instanceof Downloaded downloaded
                ? resampled(downloaded, context)
                : Mono.just(ready));
  }

  private static Mono<HarvestStep> resampled(Downloaded downloaded, HarvestContext context) {
    return Mono.defer(
            () -> {
              CancellableRun run = new CancellableRun(downloaded, context);
              return Mono.fromCallable(run::call).subscribeOn(CPU).doOnCancel(run::cancel);
            })
        .onErrorResume(
            e -> {
              context.quota().refund();
              return Mono.just(new Finished(context.failed(downloaded.image(), e)));
            });
  }

  private static HarvestStep resampleDownloaded(Downloaded step, HarvestContext context)
      throws IOException {
    StagedFile original = step.file();
    try {
      ImageMeta image = step.image();
      Path target = context.store().resampledFile(image.collectionId().getAsLong(), image.id());
      StagedFile resampled = resampleInto(original.partPath(), target, context);
      return new Downloaded(
          context.resampling().recorded(image), step.collection(), resampled, step.words());
    } finally {
      original.abort();
      context.pending().settled(original);
    }
  }

  /** Resamples {@code source} into a staged file for {@code target}, aborted on failure. */
  private static StagedFile resampleInto(Path source, Path target, HarvestContext context)
      throws IOException {
    Volume volume =
        Resampling.toStandardGrid(Volume.read(source), context.resampling().interpolation());
    StagedFile staged = StagedFile.forTarget(target);
    context.pending().opened(staged);
    try {
      volume.writeNiftiGz(new StagedOutput(staged));
      return staged;
    } catch (IOException | RuntimeException e) {
      staged.abort();
      context.pending().settled(staged);
      throw e;
    }
  }

  /**
   * Whether a stored image's resampled file is there, intact (quick check) and made with the plan's
   * interpolation, so that it can be used as it is.
   */
  static boolean hasMatchingResampled(StoredImage stored, LocalStore store, ResamplePlan plan) {
    Path resampled = store.resampledFile(stored.collection().id(), stored.image().id());
    if (!Files.isRegularFile(resampled) || !plan.madeBy(stored.image())) {
      return false;
    }
    try {
      NiftiGzipCheck.quickCheck(resampled, 0);
      return true;
    } catch (CorruptFileException e) {
      return false;
    }
  }

  /**
   * A stored image as the harvest returns it: with resampling, its resampled file, made first from
   * the original (on the CPU scheduler) when missing or made with another interpolation; an error
   * saying why when neither can be used.
   */
  static Mono<StoredImage> local(StoredImage stored, HarvestContext context) {
    if (!context.resampling().enabled()) {
      return Mono.just(stored);
    }
    return Mono.fromCallable(() -> resampleStored(stored, context)).subscribeOn(CPU);
  }

  private static StoredImage resampleStored(StoredImage stored, HarvestContext context)
      throws IOException {
    LocalStore store = context.store();
    ResamplePlan plan = context.resampling();
    ImageMeta image = stored.image();
    Path target = store.resampledFile(stored.collection().id(), image.id());
    if (hasMatchingResampled(stored, store, plan)) {
      return new StoredImage(image, stored.collection(), target, true, stored.wordsFile());
    }
    if (!stored.fileExists()) {
      throw new NoSuchFileException(
          stored.file().toString(), null, unusableReason(stored, target, plan));
    }
    StagedFile staged = resampleInto(stored.file(), target, context);
    try {
      staged.commit();
    } finally {
      context.pending().settled(staged);
    }
    ImageMeta saved = store.saveImage(plan.recorded(image), context.wordsRequested());
    return new StoredImage(saved, stored.collection(), target, true, stored.wordsFile());
  }

  private static String unusableReason(StoredImage stored, Path resampled, ResamplePlan plan) {
    String wanted = plan.interpolation().nilearnName();
    String why =
        Files.isRegularFile(resampled) && !plan.madeBy(stored.image())
            ? resampled.getFileName()
                + " was made with "
                + stored.image().get(ResamplePlan.INTERPOLATION_KEY)
                + " interpolation, not the "
                + wanted
                + " asked for,"
            : "no usable " + resampled.getFileName() + " (" + wanted + ") either,";
    return "the original image file is not on disk, "
        + why
        + " and the harvest is offline: "
        + "cannot resample image "
        + stored.image().id();
  }

  /**
   * One resampling that a cancelled harvest may abandon at any point: before it starts, the
   * original is deleted; once it has finished, its result is deleted. Every staged file is thus
   * settled, so the harvest's end never waits for a file nobody owns.
   */
  private static final class CancellableRun {
    private final Downloaded step;
    private final HarvestContext context;
    private final AtomicInteger state = new AtomicInteger();
    private volatile HarvestStep result;

    CancellableRun(Downloaded step, HarvestContext context) {
      this.step = step;
      this.context = context;
    }

    HarvestStep call() throws IOException {
      if (!state.compareAndSet(0, 1)) {
        throw new IllegalStateException("harvest cancelled");
      }
      HarvestStep done = resampleDownloaded(step, context);
      result = done;
      if (!state.compareAndSet(1, 2)) {
        discard(done);
      }
      return done;
    }

    void cancel() {
      int before = state.getAndSet(3);
      if (before == 0) {
        discard(step);
      } else if (before == 2) {
        discard(result);
      }
    }

    private void discard(HarvestStep abandoned) {
      if (abandoned instanceof Downloaded downloaded) {
        downloaded.file().abort();
        context.pending().settled(downloaded.file());
      }
    }
  }

  /** Bytes written to a staged file. */
  private static final class StagedOutput extends OutputStream {
    private final StagedFile staged;

    StagedOutput(StagedFile staged) {
      this.staged = staged;
    }

    @Override
    public void write(int b) {
      staged.write(ByteBuffer.wrap(new byte[] {(byte) b}));
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      staged.write(ByteBuffer.wrap(bytes, offset, length));
    }
  }
}
