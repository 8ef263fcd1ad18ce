package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * The settings of an evaluation. Start from {@link #DEFAULTS} and change what you need.
 *
 * @param bootstrapReplicates bootstrap resamples for the confidence intervals, 0 (no intervals) to
 *     100 000
 * @param seed the seed of the bootstrap; the same seed and data give the same intervals
 * @param fourFifthsThreshold the lowest acceptable ratio of group rates, in {@code (0, 1]}; 0.8
 *     is the four-fifths rule
 * @param scoreBins bins of the score histogram, 1 to 1000
 * @param maxCurvePoints the most points kept of a ROC or PR curve, 3 to 100 000
 * @param ablation whether to drop each indicator in turn and report the change of the ROC AUC
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EvaluationOptions(int bootstrapReplicates, long seed, double fourFifthsThreshold, int scoreBins,
    int maxCurvePoints, boolean ablation) {

  /** 1000 bootstrap replicates, seed 1, threshold 0.8, 20 score bins, 200 curve points, ablation on. */
  public static final EvaluationOptions DEFAULTS = new EvaluationOptions(1000, 1L, 0.8, 20, 200, true);

  /**
   * Checks the ranges.
   *
   * @param bootstrapReplicates the bootstrapReplicates component
   * @param seed the seed component
   * @param fourFifthsThreshold the fourFifthsThreshold component
   * @param scoreBins the scoreBins component
   * @param maxCurvePoints the maxCurvePoints component
   * @param ablation the ablation component
   * @throws IllegalArgumentException if a value is out of its range
   */
  public EvaluationOptions {
    if (bootstrapReplicates < 0 || bootstrapReplicates > 100_000) {
      throw new IllegalArgumentException("bootstrapReplicates must be between 0 and 100000");
    }
    if (!(fourFifthsThreshold > 0 && fourFifthsThreshold <= 1)) {
      throw new IllegalArgumentException("fourFifthsThreshold must be in (0, 1]");
    }
    if (scoreBins < 1 || scoreBins > 1000) {
      throw new IllegalArgumentException("scoreBins must be between 1 and 1000");
    }
    if (maxCurvePoints < 3 || maxCurvePoints > 100_000) {
      throw new IllegalArgumentException("maxCurvePoints must be between 3 and 100000");
    }
  }

  /**
   * Returns these options with another number of bootstrap replicates.
   *
   * @param replicates the number, 0 to 100 000
   * @return new options
   */
  public EvaluationOptions withBootstrapReplicates(int replicates) {
    return new EvaluationOptions(replicates, seed, fourFifthsThreshold, scoreBins, maxCurvePoints, ablation);
  }

  /**
   * Returns these options with another seed.
   *
   * @param newSeed the seed
   * @return new options
   */
  public EvaluationOptions withSeed(long newSeed) {
    return new EvaluationOptions(bootstrapReplicates, newSeed, fourFifthsThreshold, scoreBins, maxCurvePoints,
        ablation);
  }

  /**
   * Returns these options with ablation on or off.
   *
   * @param on whether to run the drop-one ablation
   * @return new options
   */
  public EvaluationOptions withAblation(boolean on) {
    return new EvaluationOptions(bootstrapReplicates, seed, fourFifthsThreshold, scoreBins, maxCurvePoints, on);
  }
}
