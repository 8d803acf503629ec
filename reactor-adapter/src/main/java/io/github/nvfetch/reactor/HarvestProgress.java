package io.github.nvfetch.reactor;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A harvest's progress at one moment, immutable: what a progress bar shows. Made by a {@link
 * ProgressTracker} from the harvest's events.
 *
 * @param selected images that passed the selection so far (to fetch or found on disk)
 * @param expected images the harvest is expected to end with: selected so far, capped by {@code
 *     maxImages} (plus the failures, which do not count towards it) when the tracker knows the
 *     limit; it grows while a filtered harvest reads further collections
 * @param downloaded images downloaded
 * @param fromDisk images found complete in the local store
 * @param failed images that could not be fetched
 * @param bytes image file bytes received
 * @param retries requests scheduled again
 * @param wordsUnavailable images without Neurosynth words (when words were asked for)
 * @param elapsed time since the tracker started (frozen when the harvest finished)
 * @param finished whether the harvest ended
 * @param collectionsWalked records of the collection list a filtered harvest's server walk has
 *     walked through (0 for an ids harvest, or before the walk starts)
 * @param collectionsCount the number of collections the list announced (0 until its first page, and
 *     for an ids harvest)
 */
public record HarvestProgress(
    long selected,
    long expected,
    long downloaded,
    long fromDisk,
    long failed,
    long bytes,
    long retries,
    long wordsUnavailable,
    Duration elapsed,
    boolean finished,
    long collectionsWalked,
    long collectionsCount) {

  /**
   * A progress without walk figures (the constructor of the first versions, kept for
   * compatibility).
   */
  public HarvestProgress(
      long selected,
      long expected,
      long downloaded,
      long fromDisk,
      long failed,
      long bytes,
      long retries,
      long wordsUnavailable,
      Duration elapsed,
      boolean finished) {
    this(
        selected,
        expected,
        downloaded,
        fromDisk,
        failed,
        bytes,
        retries,
        wordsUnavailable,
        elapsed,
        finished,
        0,
        0);
  }

  /** {@code 1200/16000 collections}, when the walk's count is known. */
  public Optional<String> walk() {
    return collectionsCount <= 0
        ? Optional.empty()
        : Optional.of(
            String.format(
                Locale.ROOT,
                "%d/%d collections",
                Math.min(collectionsWalked, collectionsCount),
                collectionsCount));
  }

  /** Images fetched: downloaded or found in the local store. */
  public long fetched() {
    return downloaded + fromDisk;
  }

  /** Images done: fetched or failed. */
  public long done() {
    return fetched() + failed;
  }

  /** Images done per second so far (0 before any time passed). */
  public double imagesPerSecond() {
    long nanos = elapsed.toNanos();
    return nanos <= 0 ? 0 : done() * 1e9 / nanos;
  }

  /**
   * The time still needed at the rate so far, when it can be told: the harvest is running, some
   * images are done and more are expected.
   */
  public Optional<Duration> eta() {
    double rate = imagesPerSecond();
    if (finished || rate <= 0 || expected <= done()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round((expected - done()) / rate * 1000)));
  }

  /**
   * {@code 12/20 images (3 from disk, 1 failed), 4.1 images/s, ETA 2 s, 3.4 MB, 0 retries}, then
   * {@code , 120/16000 collections} once a walk's count is known.
   */
  @Override
  public String toString() {
    StringBuilder text =
        new StringBuilder(
            String.format(Locale.ROOT, "%d/%d images", done(), Math.max(expected, done())));
    if (fromDisk > 0 || failed > 0) {
      text.append(String.format(Locale.ROOT, " (%d from disk, %d failed)", fromDisk, failed));
    }
    text.append(String.format(Locale.ROOT, ", %.1f images/s", imagesPerSecond()));
    eta().ifPresent(eta -> text.append(", ETA ").append(eta.toSeconds()).append(" s"));
    text.append(
        String.format(
            Locale.ROOT,
            ", %.1f MB, %d %s",
            bytes / 1e6,
            retries,
            retries == 1 ? "retry" : "retries"));
    walk().ifPresent(walk -> text.append(", ").append(walk));
    return text.toString();
  }

  /** The same progress with another elapsed time (to compare counts only). */
  HarvestProgress withElapsed(Duration value) {
    return new HarvestProgress(
        selected,
        expected,
        downloaded,
        fromDisk,
        failed,
        bytes,
        retries,
        wordsUnavailable,
        value,
        finished,
        collectionsWalked,
        collectionsCount);
  }
}
