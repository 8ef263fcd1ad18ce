package eu.barrier.workbench.evaluation;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Flag rates and false-positive rates per audit group at one level threshold, with the
 * four-fifths rule.
 *
 * <p>Being flagged is the adverse outcome here, so the rule is applied to the flag rates as a
 * disparity check: the lowest group rate divided by the highest must be at least the threshold
 * (0.8 by default), else {@link #fourFifthsViolated()} is {@code true}. The same ratio is reported
 * for false-positive rates, where it compares how often innocent subjects of each group are
 * flagged. A ratio is {@code NaN} when no group has a non-zero rate or fewer than two groups
 * exist.
 *
 * @param level the level name
 * @param rank the level's rank, 1 for the lowest
 * @param groups the figures per audit group, sorted by group name
 * @param flagRateRatio the lowest group flag rate divided by the highest
 * @param falsePositiveRateRatio the lowest group false-positive rate divided by the highest
 * @param fourFifthsViolated whether {@code flagRateRatio} is below the threshold
 * @param falsePositiveRatioBelowThreshold whether {@code falsePositiveRateRatio} is below the
 *     threshold
 * @param smallSample whether a group has fewer than 30 subjects, fewer than 30 negatives or fewer
 *     than 5 flagged, so that its rates are unstable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FairnessResult(String level, int rank, List<GroupRates> groups, double flagRateRatio,
    double falsePositiveRateRatio, boolean fourFifthsViolated, boolean falsePositiveRatioBelowThreshold,
    boolean smallSample) {

  /**
   * Copies.
   *
   * @param level the level component
   * @param rank the rank component
   * @param groups the groups component
   * @param flagRateRatio the flagRateRatio component
   * @param falsePositiveRateRatio the falsePositiveRateRatio component
   * @param fourFifthsViolated the fourFifthsViolated component
   * @param falsePositiveRatioBelowThreshold the falsePositiveRatioBelowThreshold component
   * @param smallSample the smallSample component
   */
  public FairnessResult {
    groups = List.copyOf(groups);
  }

  /**
   * The figures of one audit group.
   *
   * @param group the audit group
   * @param subjects subjects in the group
   * @param positives positives in the group
   * @param negatives negatives in the group
   * @param flagged subjects flagged
   * @param falsePositives negatives flagged
   */
  public record GroupRates(String group, long subjects, long positives, long negatives, long flagged,
      long falsePositives) {

    /**
     * Returns the share of the group that is flagged.
     *
     * @return {@code flagged / subjects}, or {@code NaN} for an empty group
     */
    public double flagRate() {
      return subjects == 0 ? Double.NaN : (double) flagged / subjects;
    }

    /**
     * Returns the share of the group's negatives that is flagged.
     *
     * @return {@code falsePositives / negatives}, or {@code NaN} without negatives
     */
    public double falsePositiveRate() {
      return negatives == 0 ? Double.NaN : (double) falsePositives / negatives;
    }
  }
}
