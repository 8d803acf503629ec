package io.github.nvfetch.core.internal.resample;

/**
 * A correctly rounded {@code pow(x, n)} for a positive integer exponent, as glibc's {@code pow}
 * gives it (Java's {@code Math.pow} may differ by an ulp): exponentiation by squaring in
 * double-double arithmetic (about 100 bits), rounded once.
 */
final class PowerOfPole {

  private static final int DOUBLE_DOUBLE_LIMIT = 400;

  private PowerOfPole() {}

  static double pow(double x, int n) {
    if (n > DOUBLE_DOUBLE_LIMIT) {
      return StrictMath.pow(x, n);
    }
    double rHi = 1.0;
    double rLo = 0.0;
    double bHi = x;
    double bLo = 0.0;
    int e = n;
    while (e > 0) {
      if ((e & 1) != 0) {
        double[] r = mul(rHi, rLo, bHi, bLo);
        rHi = r[0];
        rLo = r[1];
      }
      e >>= 1;
      if (e > 0) {
        double[] b = mul(bHi, bLo, bHi, bLo);
        bHi = b[0];
        bLo = b[1];
      }
    }
    return rHi + rLo;
  }

  private static double[] mul(double aHi, double aLo, double bHi, double bLo) {
    double p = aHi * bHi;
    double err = Math.fma(aHi, bHi, -p);
    err += aHi * bLo + aLo * bHi;
    double hi = p + err;
    double lo = err - (hi - p);
    return new double[] {hi, lo};
  }
}
