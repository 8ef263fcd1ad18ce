package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * One bin of the score distribution: the subjects whose score lies in {@code [from, to)} (the last
 * bin includes {@code to}).
 *
 * @param from the lower bound
 * @param to the upper bound
 * @param positives positives in the bin
 * @param negatives negatives in the bin
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScoreBin(double from, double to, long positives, long negatives) {

  /**
   * Returns the observed share of positives in the bin.
   *
   * @return {@code positives / (positives + negatives)}, or {@code NaN} for an empty bin
   */
  public double positiveRate() {
    long n = positives + negatives;
    return n == 0 ? Double.NaN : (double) positives / n;
  }
}
