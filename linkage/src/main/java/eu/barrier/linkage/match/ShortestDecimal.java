package eu.barrier.linkage.match;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal text that reads back as the same double, closest to the double's exact value
 * among the shortest (as Python's {@code repr} and JDK 19's {@code Double.toString} choose), written
 * without exponent. JDK 17's {@code Double.toString} is not always shortest, hence this.
 */
final class ShortestDecimal {

  private ShortestDecimal() {}

  static String format(double d) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("not a finite number");
    }
    if (d == 0.0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal nearest = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      BigDecimal unit = BigDecimal.ONE.movePointLeft(nearest.scale());
      BigDecimal best = null;
      for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
        if (candidate.doubleValue() == d
            && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        String text = best.stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
      }
    }
    throw new IllegalStateException("17 digits always read back");
  }
}
