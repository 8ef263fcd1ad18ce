package eu.barrier.linkage.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code numeric}: the neighbourhood encoding of Vatsalan and Christen as clkhash implements it.
 * The value, read as Python's {@code int} or else {@code float}, is scaled by {@code
 * 10^fractional_precision} and {@code 2 * resolution}, moved to the nearest multiple of the
 * distance interval, and written as the {@code 2 * resolution + 1} multiples around it.
 *
 * @param thresholdDistance the largest distance at which two values still share a token
 * @param resolution the number of tokens on each side of the value
 * @param fractionalPrecision the number of decimals taken into account
 * @param distanceInterval {@code int(round(thresholdDistance * 10^fractionalPrecision))}, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NumericComparison(double thresholdDistance, int resolution, int fractionalPrecision,
    BigInteger distanceInterval) implements Comparison {

  /**
   * Checks the parameters.
   *
   * @param thresholdDistance the largest distance at which two values still share a token
   * @param resolution the number of tokens on each side of the value, at least 1
   * @param fractionalPrecision the number of decimals, at least 0
   * @param distanceInterval the scaled distance, at least 1
   */
  public NumericComparison {
    if (resolution < 1 || fractionalPrecision < 0 || distanceInterval.signum() <= 0) {
      throw new IllegalArgumentException("resolution >= 1, fractional_precision >= 0, interval >= 1");
    }
  }

  /**
   * Returns whether a value can be tokenised: Python's {@code int(value)} or a finite {@code
   * float(value)}.
   *
   * @param value the formatted value
   * @return whether {@link #tokens} accepts it
   */
  public static boolean isNumber(String value) {
    if (value.isEmpty() || PythonText.parseInt(value) != null) {
      return true;
    }
    Double d = PythonText.parseFloat(value);
    return d != null && Double.isFinite(d);
  }

  @Override
  public List<String> tokens(String value) {
    if (value.isEmpty()) {
      return List.of();
    }
    BigInteger v = PythonText.parseInt(value);
    BigInteger scale = BigInteger.TEN.pow(fractionalPrecision);
    if (v != null) {
      if (fractionalPrecision > 0) {
        v = v.multiply(scale);
      }
    } else {
      Double f = PythonText.parseFloat(value);
      if (f == null || !Double.isFinite(f)) {
        throw new IllegalArgumentException("not a finite number");
      }
      if (fractionalPrecision > 0) {
        v = new BigDecimal(Math.rint(f * new BigDecimal(scale).doubleValue())).toBigInteger();
      } else {
        v = new BigDecimal(f).toBigInteger();
      }
    }
    v = v.multiply(BigInteger.valueOf(2L * resolution));
    BigInteger residue = v.mod(distanceInterval);
    if (residue.signum() != 0) {
      // Python compares the integer residue with the float distance_interval / 2
      BigDecimal half = new BigDecimal(new BigDecimal(distanceInterval).divide(BigDecimal.valueOf(2)).doubleValue());
      if (new BigDecimal(residue).compareTo(half) < 0) {
        v = v.subtract(residue);
      } else {
        v = v.add(distanceInterval.subtract(residue));
      }
    }
    List<String> tokens = new ArrayList<>(2 * resolution + 1);
    for (int i = -resolution; i <= resolution; i++) {
      tokens.add(v.add(distanceInterval.multiply(BigInteger.valueOf(i))).toString());
    }
    return tokens;
  }
}
