package io.github.nvfetch.core.internal.nifti;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Round-to-nearest-even of exact values to a binary precision: emulates x87 80-bit {@code long
 * double} arithmetic (64-bit significand), which nibabel uses ({@code best_float}) when it computes
 * the scaling of an integer file.
 */
final class BinaryRounding {

  /** Significand bits of x87 extended precision. */
  static final int EXTENDED = 64;

  private BinaryRounding() {}

  /** {@code a - b} rounded to {@code bits}. */
  static BigDecimal subtract(BigDecimal a, BigDecimal b, int bits) {
    return round(a.subtract(b), bits);
  }

  /** {@code a + b} rounded to {@code bits}. */
  static BigDecimal add(BigDecimal a, BigDecimal b, int bits) {
    return round(a.add(b), bits);
  }

  /** {@code a * b} rounded to {@code bits}. */
  static BigDecimal multiply(BigDecimal a, BigDecimal b, int bits) {
    return round(a.multiply(b), bits);
  }

  /** {@code a / b} rounded to {@code bits} (exactly, from the rational quotient). */
  static BigDecimal divide(BigDecimal a, BigDecimal b, int bits) {
    BigInteger[] fa = fraction(a);
    BigInteger[] fb = fraction(b);
    return round(fa[0].multiply(fb[1]), fa[1].multiply(fb[0]), bits);
  }

  /** {@code value} rounded to {@code bits}. */
  static BigDecimal round(BigDecimal value, int bits) {
    BigInteger[] f = fraction(value);
    return round(f[0], f[1], bits);
  }

  /** An exact double as a decimal. */
  static BigDecimal exact(double value) {
    return new BigDecimal(value);
  }

  /** The nearest float of a value that has at most 24 significant bits after rounding. */
  static float toFloat(BigDecimal value) {
    return round(value, 24).floatValue();
  }

  private static BigInteger[] fraction(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    int scale = value.scale();
    if (scale <= 0) {
      return new BigInteger[] {unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE};
    }
    return new BigInteger[] {unscaled, BigInteger.TEN.pow(scale)};
  }

  private static BigDecimal round(BigInteger num, BigInteger den, int bits) {
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    if (num.signum() == 0) {
      return BigDecimal.ZERO;
    }
    boolean negative = num.signum() < 0;
    BigInteger n = num.abs();
    int shift = bits - (n.bitLength() - den.bitLength()) + 1;
    BigInteger[] qr = shifted(n, shift).divideAndRemainder(shifted(den, -shift));
    while (qr[0].bitLength() > bits) {
      shift--;
      qr = shifted(n, shift).divideAndRemainder(shifted(den, -shift));
    }
    BigInteger q = qr[0];
    BigInteger twiceRem = qr[1].shiftLeft(1);
    BigInteger divisor = shifted(den, -shift);
    int cmp = twiceRem.compareTo(divisor);
    if (cmp > 0 || (cmp == 0 && q.testBit(0))) {
      q = q.add(BigInteger.ONE);
    }
    BigDecimal result = new BigDecimal(q);
    result =
        shift >= 0
            ? result.divide(new BigDecimal(BigInteger.ONE.shiftLeft(shift)), MathContext.UNLIMITED)
            : result.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(-shift)));
    return negative ? result.negate() : result;
  }

  private static BigInteger shifted(BigInteger value, int shift) {
    return shift >= 0 ? value.shiftLeft(shift) : value;
  }
}
