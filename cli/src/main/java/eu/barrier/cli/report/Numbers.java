package eu.barrier.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed, locale-independent number formatting: the same double gives the same text on every JDK. */
final class Numbers {

  private Numbers() {}

  /** {@code x} rounded half-even to {@code digits} decimals, all digits kept; {@code n/a} for NaN. */
  static String fixed(double x, int digits) {
    if (Double.isNaN(x)) {
      return "n/a";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    // new BigDecimal(double) is exact, unlike Double.toString, whose digits changed in JDK 19
    String s = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).toPlainString();
    return s.startsWith("-") && new BigDecimal(s).signum() == 0 ? s.substring(1) : s;
  }

  /** {@code x} rounded to {@code digits} decimals without trailing zeros, for JSON; null for NaN or infinity. */
  static String json(double x, int digits) {
    if (!Double.isFinite(x)) {
      return "null";
    }
    BigDecimal d = new BigDecimal(x).setScale(digits, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** A share as a percentage with one decimal, for example {@code 12.5 %}. */
  static String percent(double x) {
    return Double.isNaN(x) ? "n/a" : fixed(100 * x, 1) + "\u00a0%";
  }
}
