package eu.barrier.linkage.quality;

import org.apiguardian.api.API;

/**
 * Linkage quality at one threshold: greedy one-to-one matches among the candidate pairs at or above
 * it, compared with the true matches.
 *
 * @param threshold the Dice threshold
 * @param matches the number of matched pairs
 * @param truePositives matched pairs of the same person
 * @param falsePositives matched pairs of different people
 * @param falseNegatives true matches not matched
 * @param precision {@code tp / (tp + fp)}, 1 when nothing is matched
 * @param recall {@code tp / (tp + fn)}
 * @param f1 the harmonic mean of precision and recall
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ThresholdQuality(double threshold, int matches, int truePositives, int falsePositives,
    int falseNegatives, double precision, double recall, double f1) {

  static ThresholdQuality of(double threshold, int tp, int fp, int fn) {
    double precision = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    double f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    return new ThresholdQuality(threshold, tp + fp, tp, fp, fn, precision, recall, f1);
  }
}
