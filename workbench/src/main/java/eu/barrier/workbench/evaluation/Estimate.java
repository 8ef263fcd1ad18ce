package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * A point estimate with a bootstrap 95 % percentile interval.
 *
 * @param value the estimate on the full data
 * @param lower the 2.5th percentile of the bootstrap replicates, or {@code NaN} without replicates
 * @param upper the 97.5th percentile of the bootstrap replicates, or {@code NaN} without replicates
 * @param replicates how many bootstrap replicates gave a value (a replicate without positives or
 *     without negatives gives none)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Estimate(double value, double lower, double upper, int replicates) {

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}, or {@code NaN} without replicates
   */
  public double width() {
    return upper - lower;
  }
}
