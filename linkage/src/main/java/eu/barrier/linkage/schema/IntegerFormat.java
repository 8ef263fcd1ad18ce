package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.math.BigInteger;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An integer format: values Python's {@code int(value, 10)} reads (white space around, a sign,
 * leading zeros, underscores between digits, any Unicode decimal digits), optionally within bounds.
 * A valid value is hashed as Python's {@code str(int(value))}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class IntegerFormat implements FeatureFormat {

  private final BigInteger minimum;
  private final BigInteger maximum;
  private final String description;

  IntegerFormat(BigInteger minimum, BigInteger maximum, String description) {
    this.minimum = minimum;
    this.maximum = maximum;
    this.description = description;
  }

  /**
   * Returns the least valid value.
   *
   * @return the minimum, or empty for no bound
   */
  public Optional<BigInteger> minimum() {
    return Optional.ofNullable(minimum);
  }

  /**
   * Returns the largest valid value.
   *
   * @return the maximum, or empty for no bound
   */
  public Optional<BigInteger> maximum() {
    return Optional.ofNullable(maximum);
  }

  @Override
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  @Override
  public Optional<LinkageError> check(String value) {
    BigInteger v = PythonText.parseInt(value);
    if (v == null) {
      return Optional.of(LinkageError.VALUE_INTEGER);
    }
    if ((minimum != null && v.compareTo(minimum) < 0) || (maximum != null && v.compareTo(maximum) > 0)) {
      return Optional.of(LinkageError.VALUE_RANGE);
    }
    return Optional.empty();
  }

  @Override
  public String normalise(String value) {
    BigInteger v = PythonText.parseInt(value);
    if (v == null) {
      throw new IllegalArgumentException("not an integer; check the value first");
    }
    return v.toString();
  }

  @Override
  public String toString() {
    return "IntegerFormat[" + (minimum == null ? "" : minimum) + ".." + (maximum == null ? "" : maximum) + "]";
  }
}
