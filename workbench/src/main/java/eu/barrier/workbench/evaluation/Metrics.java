package eu.barrier.workbench.evaluation;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The metric formulas of an evaluation, on plain arrays; {@link Evaluation} uses the same code.
 *
 * <p>All methods are pure and deterministic: sums run in a fixed order.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Metrics {

  private Metrics() {}

  /**
   * Returns the area under the ROC curve: the probability that a random positive scores higher
   * than a random negative, ties counted half (the Mann–Whitney U statistic divided by the number
   * of positive-negative pairs).
   *
   * @param scores the scores
   * @param labels the labels, {@code true} for positives
   * @return the AUC in {@code [0, 1]}, or {@code NaN} without positives or without negatives
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws NullPointerException if an argument is {@code null}
   */
  public static double rocAuc(double[] scores, boolean[] labels) {
    return new Ranking(Objects.requireNonNull(scores, "scores"), Objects.requireNonNull(labels, "labels"))
        .rocAuc(null);
  }

  /**
   * Returns the area under the precision-recall curve as average precision: the sum over score
   * thresholds, highest first, of (increase in recall) × (precision); subjects with tied scores
   * form one threshold.
   *
   * @param scores the scores
   * @param labels the labels
   * @return the average precision in {@code [0, 1]}, or {@code NaN} without positives
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws NullPointerException if an argument is {@code null}
   */
  public static double averagePrecision(double[] scores, boolean[] labels) {
    return new Ranking(Objects.requireNonNull(scores, "scores"), Objects.requireNonNull(labels, "labels"))
        .averagePrecision(null);
  }

  /**
   * Returns the Brier score: the mean of {@code (probability - label)²}.
   *
   * @param probabilities the predicted probabilities of a positive
   * @param labels the labels
   * @return the Brier score in {@code [0, 1]}, or {@code NaN} for empty arrays
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws NullPointerException if an argument is {@code null}
   */
  public static double brierScore(double[] probabilities, boolean[] labels) {
    Objects.requireNonNull(probabilities, "probabilities");
    Objects.requireNonNull(labels, "labels");
    if (probabilities.length != labels.length) {
      throw new IllegalArgumentException("probabilities and labels have the same length");
    }
    if (probabilities.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double d = probabilities[i] - (labels[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / probabilities.length;
  }

  /**
   * Returns the confusion matrix of flags against labels.
   *
   * @param flagged whether each subject is flagged
   * @param labels the labels
   * @return the matrix
   * @throws IllegalArgumentException if the arrays differ in length
   * @throws NullPointerException if an argument is {@code null}
   */
  public static ConfusionMatrix confusion(boolean[] flagged, boolean[] labels) {
    Objects.requireNonNull(flagged, "flagged");
    Objects.requireNonNull(labels, "labels");
    if (flagged.length != labels.length) {
      throw new IllegalArgumentException("flags and labels have the same length");
    }
    long tp = 0;
    long fp = 0;
    long tn = 0;
    long fn = 0;
    for (int i = 0; i < flagged.length; i++) {
      if (flagged[i]) {
        if (labels[i]) {
          tp++;
        } else {
          fp++;
        }
      } else if (labels[i]) {
        fn++;
      } else {
        tn++;
      }
    }
    return new ConfusionMatrix(tp, fp, tn, fn);
  }

  /**
   * Returns the positive and negative likelihood ratios of a binary signal from its 2×2 table.
   * If a cell is 0, ½ is added to every cell first (Haldane–Anscombe); the third element is then
   * 1, else 0.
   *
   * @param positivesWith positives with the signal
   * @param positives all positives
   * @param negativesWith negatives with the signal
   * @param negatives all negatives
   * @return {@code [LR+, LR-, corrected]}
   * @throws IllegalArgumentException if a count is negative, a "with" count exceeds its total, or
   *     a total is 0
   */
  public static double[] likelihoodRatios(long positivesWith, long positives, long negativesWith, long negatives) {
    if (positivesWith < 0 || negativesWith < 0 || positivesWith > positives || negativesWith > negatives
        || positives == 0 || negatives == 0) {
      throw new IllegalArgumentException("counts are 0 or more, within their totals, and totals are positive");
    }
    double a = positivesWith;
    double b = negativesWith;
    double c = positives - positivesWith;
    double d = negatives - negativesWith;
    boolean correct = a == 0 || b == 0 || c == 0 || d == 0;
    if (correct) {
      a += 0.5;
      b += 0.5;
      c += 0.5;
      d += 0.5;
    }
    double sensitivity = a / (a + c);
    double specificity = d / (b + d);
    return new double[] {sensitivity / (1 - specificity), (1 - sensitivity) / specificity, correct ? 1 : 0};
  }
}
