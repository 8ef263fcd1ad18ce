package eu.barrier.workbench.evaluation;

import org.apiguardian.api.API;

/**
 * The figures of one indicator of a scorer's catalogue.
 *
 * <p>Likelihood ratios come from the 2×2 table of (has an observation of the indicator) against
 * (label). When a cell of the table is 0, every cell gets ½ added first (the Haldane–Anscombe
 * continuity correction) and {@link #corrected()} is {@code true}; otherwise the table is used as
 * it is.
 *
 * @param id the indicator id
 * @param positivesWith positives with at least one observation of the indicator
 * @param negativesWith negatives with at least one observation of the indicator
 * @param prevalencePositives {@code positivesWith / positives}
 * @param prevalenceNegatives {@code negativesWith / negatives}
 * @param positiveLikelihoodRatio {@code sensitivity / (1 - specificity)}: how much more often the
 *     indicator is seen on positives than on negatives
 * @param negativeLikelihoodRatio {@code (1 - sensitivity) / specificity}
 * @param corrected whether the continuity correction was applied
 * @param rocAucWithout the ROC AUC with every observation of this indicator removed
 * @param deltaRocAuc {@code rocAucWithout} minus the ROC AUC with all indicators: negative when
 *     the indicator helps
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record IndicatorResult(String id, long positivesWith, long negativesWith, double prevalencePositives,
    double prevalenceNegatives, double positiveLikelihoodRatio, double negativeLikelihoodRatio, boolean corrected,
    double rocAucWithout, double deltaRocAuc) {}
