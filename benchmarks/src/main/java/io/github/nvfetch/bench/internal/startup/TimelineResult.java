package io.github.nvfetch.bench.internal.startup;

/**
 * One run of one launcher.
 *
 * @param launcher the launcher's name
 * @param startup whether the run includes a JVM's (or Python's) start-up
 * @param run 1-based run number
 * @param exitCode the process's exit code
 * @param timeline the milestones
 * @param images images wanted
 */
public record TimelineResult(
    String launcher, boolean startup, int run, int exitCode, Timeline timeline, int images) {

  /** Images per second of wall time, launch to exit. */
  public double imagesPerSecond() {
    return images / timeline.wall();
  }

  /** The shortest possible wall time of this run (see {@link TimelineLimit}). */
  public double limitSeconds(int concurrency) {
    return TimelineLimit.seconds(images, concurrency, timeline.meanFileSeconds(), startup);
  }
}
