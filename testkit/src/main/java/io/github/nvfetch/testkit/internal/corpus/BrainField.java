package io.github.nvfetch.testkit.internal.corpus;

/**
 * The content of one varied image in MNI millimetres: a brain-shaped ellipsoid holding six smooth
 * Gaussian blobs of random sign (a signed stat-map range of a few units to about 12) plus white
 * noise, and a NaN ball. Immutable; the noise comes from a generator the caller passes.
 */
final class BrainField {

  private static final double[] CENTRE = {0, -17, 15};
  private static final double[] RADII = {70, 87, 65};
  private static final int BLOBS = 6;
  private static final double NAN_BALL_RADIUS = 12;

  private final double[][] blobs = new double[BLOBS][];
  private final double noise;
  private final double[] nanBall;

  /** Draws the field's parameters from an image's generator. */
  BrainField(Rng rng) {
    for (int i = 0; i < BLOBS; i++) {
      double[] c = pointInBrain(rng);
      double sigma = 5 + rng.nextDouble() * 10;
      double amplitude = (rng.chance(0.5) ? -1 : 1) * (2 + rng.nextDouble() * 8);
      blobs[i] =
          new double[] {c[0], c[1], c[2], amplitude, 1 / (2 * sigma * sigma), 16 * sigma * sigma};
    }
    this.noise = 0.3 + rng.nextDouble() * 0.7;
    this.nanBall = pointInBrain(rng);
  }

  /** Whether a world point lies inside the brain ellipsoid. */
  boolean inBrain(double x, double y, double z) {
    return sq((x - CENTRE[0]) / RADII[0])
            + sq((y - CENTRE[1]) / RADII[1])
            + sq((z - CENTRE[2]) / RADII[2])
        <= 1;
  }

  /** Whether a world point lies in the NaN ball. */
  boolean inNanBall(double x, double y, double z) {
    return sq(x - nanBall[0]) + sq(y - nanBall[1]) + sq(z - nanBall[2])
        <= NAN_BALL_RADIUS * NAN_BALL_RADIUS;
  }

  /** The noise-free signal at a world point, the blobs' amplitudes scaled by {@code gain}. */
  double signal(double x, double y, double z, double gain) {
    double v = 0;
    for (double[] b : blobs) {
      double d2 = sq(x - b[0]) + sq(y - b[1]) + sq(z - b[2]);
      if (d2 < b[5]) {
        v += gain * b[3] * Math.exp(-d2 * b[4]);
      }
    }
    return v;
  }

  /** A noisy sample at a world point. */
  double sample(Rng rng, double x, double y, double z, double gain) {
    return signal(x, y, z, gain) + noise * rng.gaussian();
  }

  /**
   * The label of a world point: 1 + the index of the blob of largest relative weight above 1/4,
   * else 0.
   */
  int label(double x, double y, double z) {
    int label = 0;
    double best = 0.25;
    for (int i = 0; i < BLOBS; i++) {
      double[] b = blobs[i];
      double w = Math.exp(-(sq(x - b[0]) + sq(y - b[1]) + sq(z - b[2])) * b[4]);
      if (w > best) {
        best = w;
        label = i + 1;
      }
    }
    return label;
  }

  /** A bound on the absolute value of every sample (amplitudes plus six noise deviations). */
  double bound() {
    double sum = 0;
    for (double[] b : blobs) {
      sum += Math.abs(b[3]);
    }
    return sum + 6 * noise;
  }

  private static double[] pointInBrain(Rng rng) {
    while (true) {
      double[] u = {rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1, rng.nextDouble() * 2 - 1};
      if (u[0] * u[0] + u[1] * u[1] + u[2] * u[2] <= 0.6) {
        return new double[] {
          CENTRE[0] + u[0] * RADII[0], CENTRE[1] + u[1] * RADII[1], CENTRE[2] + u[2] * RADII[2]
        };
      }
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
