package eu.barrier.privacy.generalise;

import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * An age band such as {@code 18-24} or {@code 65+}.
 *
 * @param lower the lowest age in the band, in whole years
 * @param upper the highest age in the band, or {@code -1} for an open band
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AgeBand(int lower, int upper) {

  /**
   * Checks the bounds.
   *
   * @param lower the lowest age
   * @param upper the highest age, or {@code -1} for open
   */
  public AgeBand {
    if (lower < 0 || (upper != -1 && upper < lower)) {
      throw new IllegalArgumentException("need 0 <= lower <= upper, or upper = -1");
    }
  }

  /**
   * Returns the highest age, if the band is closed.
   *
   * @return the upper bound, or empty for an open band
   */
  public OptionalInt upperBound() {
    return upper == -1 ? OptionalInt.empty() : OptionalInt.of(upper);
  }

  /**
   * Tells whether {@code age} lies in the band.
   *
   * @param age whole years
   * @return whether {@code lower <= age <= upper}
   */
  public boolean contains(int age) {
    return age >= lower && (upper == -1 || age <= upper);
  }

  /**
   * Returns the label: {@code 18-24}, or {@code 65+} for an open band.
   *
   * @return the label
   */
  public String label() {
    return upper == -1 ? lower + "+" : lower + "-" + upper;
  }
}
