package io.github.nvfetch.core.internal.nifti;

import static io.github.nvfetch.core.internal.nifti.BinaryRounding.EXTENDED;

import io.github.nvfetch.core.volume.VolumeFormatException;
import io.github.nvfetch.core.volume.VoxelType;
import java.math.BigDecimal;

/**
 * nibabel's {@code SlopeInterArrayWriter} for float data written to an integer datatype: the
 * float32 slope and intercept ({@code _range_scale}, in x87 extended precision), then per value
 * {@code rint((x - inter) / slope)} clipped to the scaled data range, NaN written as the scaled
 * zero ({@code array_to_file}).
 */
final class IntegerScaling {

  final float slope;
  final float inter;
  final boolean zeros;
  private final double postMin;
  private final double postMax;
  private final double nanFill;
  private final boolean singleWork;

  private IntegerScaling(
      float slope,
      float inter,
      boolean zeros,
      double postMin,
      double postMax,
      double nanFill,
      boolean singleWork) {
    this.singleWork = singleWork;
    this.slope = slope;
    this.inter = inter;
    this.zeros = zeros;
    this.postMin = postMin;
    this.postMax = postMax;
    this.nanFill = nanFill;
  }

  /**
   * The scaling of float data with the given finite range to {@code out}.
   *
   * @param min the smallest finite value (+inf when none)
   * @param max the largest finite value (-inf when none)
   * @param singleWork whether the data is float32 (nibabel then scales in float32)
   * @throws VolumeFormatException when nibabel refuses (negative and positive data to uint)
   */
  static IntegerScaling of(
      double min, double max, boolean hasNan, VoxelType out, boolean singleWork) {
    boolean noFinite = min > max;
    if (noFinite || (min == 0 && max == 0)) {
      return new IntegerScaling(1, 0, true, 0, 0, 0, false);
    }
    double inMin = hasNan ? Math.min(min, 0) : min;
    double inMax = hasNan ? Math.max(max, 0) : max;
    float slope;
    float inter;
    if (inMax == inMin) {
      slope = 1;
      inter = (float) inMin;
    } else {
      float[] scale = rangeScale(inMin, inMax, out);
      slope = scale[0];
      inter = scale[1];
      if ((inMin == 0 || inMax == 0) && hasNan) {
        float fill = (float) Math.rint(-inter / slope);
        if (fill < out.minValue() || fill > out.maxValue()) {
          double clipped = Math.max(sharedMin(out), Math.min(sharedMax(out), -inter / slope));
          inter = (float) (-clipped * slope);
        }
      }
    }
    return withWriteRange(slope, inter, min, max, out, singleWork);
  }

  private static float[] rangeScale(double inMin, double inMax, VoxelType out) {
    if (!out.isSignedInteger() && inMin < 0 && inMax > 0) {
      throw new VolumeFormatException(
          "cannot scale negative and positive numbers to " + out + " without intercept");
    }
    BigDecimal min = BinaryRounding.exact(inMin);
    BigDecimal max = BinaryRounding.exact(inMax);
    BigDecimal range = BinaryRounding.subtract(max, min, EXTENDED);
    BigDecimal outMin = BinaryRounding.exact(sharedMin(out));
    BigDecimal outMax = BinaryRounding.exact(sharedMax(out));
    BigDecimal outRange = BinaryRounding.subtract(outMax, outMin, EXTENDED);
    BigDecimal slope = BinaryRounding.divide(range, outRange, EXTENDED);
    BigDecimal inter;
    if (outMin.signum() == 0 && Math.abs(inMax) < Math.abs(inMin)) {
      inter = BinaryRounding.add(max, BinaryRounding.multiply(outMin, slope, EXTENDED), EXTENDED);
      slope = slope.negate();
    } else {
      inter =
          BinaryRounding.subtract(min, BinaryRounding.multiply(outMin, slope, EXTENDED), EXTENDED);
    }
    float slope32 = BinaryRounding.toFloat(slope);
    float inter32 = BinaryRounding.toFloat(inter);
    if (!Float.isFinite(slope32) || !Float.isFinite(inter32)) {
      throw new VolumeFormatException("slope / inter not both finite");
    }
    return new float[] {slope32, inter32};
  }

  private static IntegerScaling withWriteRange(
      float slope, float inter, double min, double max, VoxelType out, boolean singleWork) {
    double[] specials = {min, max, 0};
    for (int i = 0; i < 3; i++) {
      specials[i] = Math.rint(scale(specials[i], slope, inter, singleWork));
    }
    double postMin = Math.min(specials[0], specials[1]);
    double postMax = Math.max(specials[0], specials[1]);
    double bothMin = out.minValue();
    double bothMax = doubleSharedMax(out);
    return new IntegerScaling(
        slope,
        inter,
        false,
        Math.max(postMin, bothMin),
        Math.min(postMax, bothMax),
        Math.max(bothMin, Math.min(bothMax, specials[2])),
        singleWork);
  }

  /** {@code (x - inter) / slope}, each step skipped when neutral, in the working precision. */
  private static double scale(double x, float slope, float inter, boolean singleWork) {
    if (singleWork) {
      float value = (float) x;
      if (inter != 0) {
        value = value - inter;
      }
      if (slope != 1) {
        value = value / slope;
      }
      return value;
    }
    double value = x;
    if (inter != 0) {
      value = value - inter;
    }
    if (slope != 1) {
      value = value / slope;
    }
    return value;
  }

  /** The integer stored for {@code value}. */
  long encode(double value) {
    if (zeros) {
      return 0;
    }
    if (Double.isNaN(value)) {
      return (long) nanFill;
    }
    double scaled = scale(value, slope, inter, singleWork);
    scaled = Math.max(postMin, Math.min(postMax, Math.rint(scaled)));
    return (long) scaled;
  }

  private static double sharedMin(VoxelType out) {
    return out.minValue();
  }

  /** The largest float32 not above the type's maximum (nibabel's {@code shared_range}). */
  private static double sharedMax(VoxelType out) {
    float candidate = (float) out.maxValue();
    while (new BigDecimal(candidate).compareTo(BigDecimal.valueOf(out.maxValue())) > 0) {
      candidate = Math.nextDown(candidate);
    }
    return candidate;
  }

  private static double doubleSharedMax(VoxelType out) {
    double candidate = (double) out.maxValue();
    while (new BigDecimal(candidate).compareTo(BigDecimal.valueOf(out.maxValue())) > 0) {
      candidate = Math.nextDown(candidate);
    }
    return candidate;
  }
}
