package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * Counts of flagged and not flagged subjects against their labels.
 *
 * @param truePositives positives flagged
 * @param falsePositives negatives flagged
 * @param trueNegatives negatives not flagged
 * @param falseNegatives positives not flagged
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConfusionMatrix(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {

  /**
   * Checks.
   *
   * @param truePositives the truePositives component
   * @param falsePositives the falsePositives component
   * @param trueNegatives the trueNegatives component
   * @param falseNegatives the falseNegatives component
   * @throws IllegalArgumentException if a count is negative
   */
  public ConfusionMatrix {
    if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts are 0 or more");
    }
  }

  /**
   * Returns the number of subjects.
   *
   * @return the sum of the four counts
   */
  public long total() {
    return truePositives + falsePositives + trueNegatives + falseNegatives;
  }

  /**
   * Returns the precision (positive predictive value).
   *
   * @return {@code TP / (TP + FP)}, or {@code NaN} if nothing is flagged
   */
  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  /**
   * Returns the recall (sensitivity, true-positive rate).
   *
   * @return {@code TP / (TP + FN)}, or {@code NaN} without positives
   */
  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  /**
   * Returns the F1 score, the harmonic mean of precision and recall.
   *
   * @return {@code 2 TP / (2 TP + FP + FN)}, or {@code NaN} if that denominator is 0
   */
  public double f1() {
    return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
  }

  /**
   * Returns the false-positive rate.
   *
   * @return {@code FP / (FP + TN)}, or {@code NaN} without negatives
   */
  public double falsePositiveRate() {
    return ratio(falsePositives, falsePositives + trueNegatives);
  }

  /**
   * Returns the share of subjects flagged.
   *
   * @return {@code (TP + FP) / total}, or {@code NaN} without subjects
   */
  public double flagRate() {
    return ratio(truePositives + falsePositives, total());
  }

  private static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }
}
