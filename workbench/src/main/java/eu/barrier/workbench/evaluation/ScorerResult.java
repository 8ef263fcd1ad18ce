package eu.barrier.workbench.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * Every figure of one scorer on the labelled subjects.
 *
 * @param name the scorer's name
 * @param provenance the scorer's provenance (catalogue, model, parameters, versions, reference date)
 * @param levels the level names, lowest first
 * @param rocAuc the area under the ROC curve (equal to the Mann–Whitney statistic, ties counted
 *     half) with its bootstrap interval
 * @param prAuc the area under the precision-recall curve as average precision (tied scores form
 *     one threshold) with its bootstrap interval; compare it with the prevalence, the PR AUC of a
 *     random scorer
 * @param roc the ROC curve from (0, 0) to (1, 1), thinned to at most the configured number of
 *     points
 * @param pr the precision-recall curve, thinned the same way
 * @param levelResults the figures at each level threshold, lowest level first
 * @param scoreDistribution the score histogram by label
 * @param calibration Brier score and calibration bins, present only if the scorer gives
 *     probabilities
 * @param indicators the figures per indicator, in catalogue order
 * @param unknownObservations observations whose indicator the scorer does not know; they cannot
 *     change its scores
 * @param fairness the fairness figures at each level threshold, lowest level first; empty without
 *     audit groups
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ScorerResult(String name, SortedMap<String, String> provenance, List<String> levels, Estimate rocAuc,
    Estimate prAuc, List<CurvePoint> roc, List<CurvePoint> pr, List<LevelResult> levelResults,
    List<ScoreBin> scoreDistribution, Optional<Calibration> calibration, List<IndicatorResult> indicators,
    long unknownObservations, List<FairnessResult> fairness) {

  /**
   * Copies.
   *
   * @param name the name component
   * @param provenance the provenance component
   * @param levels the levels component
   * @param rocAuc the rocAuc component
   * @param prAuc the prAuc component
   * @param roc the roc component
   * @param pr the pr component
   * @param levelResults the levelResults component
   * @param scoreDistribution the scoreDistribution component
   * @param calibration the calibration component
   * @param indicators the indicators component
   * @param unknownObservations the unknownObservations component
   * @param fairness the fairness component
   */
  public ScorerResult {
    provenance = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(provenance));
    levels = List.copyOf(levels);
    roc = List.copyOf(roc);
    pr = List.copyOf(pr);
    levelResults = List.copyOf(levelResults);
    scoreDistribution = List.copyOf(scoreDistribution);
    indicators = List.copyOf(indicators);
    fairness = List.copyOf(fairness);
  }

  /**
   * Returns the levels at which the four-fifths rule is violated ({@link
   * FairnessResult#fourFifthsViolated()}), lowest level first.
   *
   * @return the fairness figures of those levels; empty if the rule is met everywhere or there are
   *     no audit groups (then {@link #fairness()} is empty too)
   */
  public List<FairnessResult> fourFifthsViolations() {
    List<FairnessResult> violated = new ArrayList<>();
    for (FairnessResult f : fairness) {
      if (f.fourFifthsViolated()) {
        violated.add(f);
      }
    }
    return List.copyOf(violated);
  }
}
