package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class EvaluationTest {

  private static final EvaluationOptions QUICK = EvaluationOptions.DEFAULTS.withBootstrapReplicates(200);

  /** Per group: 100 subjects, 10 positives (all flagged), and {@code flaggedNegatives} flagged negatives. */
  private static Map<String, Score> biased(List<LabelledSubject> out, int flaggedNegativesA, int flaggedNegativesB) {
    Map<String, Score> scores = new HashMap<>();
    for (String group : List.of("group-a", "group-b")) {
      int flaggedNegatives = group.equals("group-a") ? flaggedNegativesA : flaggedNegativesB;
      for (int i = 0; i < 100; i++) {
        String key = group + "-" + i;
        boolean positive = i < 10;
        boolean flagged = positive || i < 10 + flaggedNegatives;
        out.add(Fixtures.labelled(key, positive, group));
        scores.put(key, flagged ? Score.of(1, 1) : Score.of(0, 0));
      }
    }
    return scores;
  }

  @Test
  void fairness_constructedBiasedScorer_violatesFourFifthsRule() {
    List<LabelledSubject> subjects = new ArrayList<>();
    Map<String, Score> scores = biased(subjects, 5, 25);
    ScorerResult r = Evaluation.evaluate(LabelledData.of(subjects), List.of(Fixtures.fixed("biased", scores)), QUICK,
        ProgressListener.NONE).scorers().get(0);

    FairnessResult one = r.fairness().get(0);
    assertThat(one.level()).isEqualTo("one");
    assertThat(one.groups()).extracting(FairnessResult.GroupRates::group).containsExactly("group-a", "group-b");
    assertThat(one.groups().get(0).flagRate()).isEqualTo(0.15);
    assertThat(one.groups().get(1).flagRate()).isEqualTo(0.35);
    assertThat(one.groups().get(0).falsePositiveRate()).isEqualTo(5.0 / 90);
    assertThat(one.groups().get(1).falsePositiveRate()).isEqualTo(25.0 / 90);
    assertThat(one.flagRateRatio()).isCloseTo(0.15 / 0.35, within(1e-12));
    assertThat(one.falsePositiveRateRatio()).isCloseTo(0.2, within(1e-12));
    assertThat(one.fourFifthsViolated()).isTrue();
    assertThat(one.falsePositiveRatioBelowThreshold()).isTrue();
    // nobody reaches level two: the ratio is undefined and not a violation
    FairnessResult two = r.fairness().get(1);
    assertThat(two.flagRateRatio()).isNaN();
    assertThat(two.fourFifthsViolated()).isFalse();
  }

  @Test
  void fairness_equalRates_meetsFourFifthsRule() {
    List<LabelledSubject> subjects = new ArrayList<>();
    Map<String, Score> scores = biased(subjects, 5, 5);
    FairnessResult one = Evaluation.evaluate(LabelledData.of(subjects), List.of(Fixtures.fixed("fair", scores)), QUICK,
        ProgressListener.NONE).scorers().get(0).fairness().get(0);
    assertThat(one.flagRateRatio()).isEqualTo(1.0);
    assertThat(one.fourFifthsViolated()).isFalse();
  }

  @Test
  void levels_countingScorer_giveKnownConfusionMatrices() {
    List<LabelledSubject> subjects = List.of(
        Fixtures.labelled("p1", true, null, "A", "B"),
        Fixtures.labelled("p2", true, null, "A"),
        Fixtures.labelled("p3", true, null),
        Fixtures.labelled("n1", false, null, "A"),
        Fixtures.labelled("n2", false, null),
        Fixtures.labelled("n3", false, null));
    ScorerResult r = Evaluation.evaluate(LabelledData.of(subjects), List.of(Fixtures.counting("c", List.of("A", "B"))),
        QUICK, ProgressListener.NONE).scorers().get(0);
    assertThat(r.levelResults().get(0).matrix()).isEqualTo(new ConfusionMatrix(2, 1, 2, 1));
    assertThat(r.levelResults().get(1).matrix()).isEqualTo(new ConfusionMatrix(1, 0, 3, 2));
    // scores 2, 1, 0 against 1, 0, 0: wins 3 + (1/2 + 2) + (0 + 1/2 + 1/2) = 6.5 of 9
    assertThat(r.rocAuc().value()).isCloseTo(6.5 / 9, within(1e-12));
    assertThat(r.fairness()).isEmpty();
    assertThat(r.calibration()).isEmpty();
  }

  @Test
  void indicators_prevalenceAndAblation_areReported() {
    List<LabelledSubject> subjects = List.of(
        Fixtures.labelled("p1", true, null, "A", "B"),
        Fixtures.labelled("p2", true, null, "A"),
        Fixtures.labelled("n1", false, null, "B"),
        Fixtures.labelled("n2", false, null, "X"));
    ScorerResult r = Evaluation.evaluate(LabelledData.of(subjects), List.of(Fixtures.counting("c", List.of("A", "B"))),
        QUICK, ProgressListener.NONE).scorers().get(0);
    IndicatorResult a = r.indicators().get(0);
    assertThat(a.id()).isEqualTo("A");
    assertThat(a.positivesWith()).isEqualTo(2);
    assertThat(a.negativesWith()).isZero();
    assertThat(a.corrected()).isTrue();
    // without A: scores p1 1, p2 0, n1 1, n2 0 -> AUC 0.5; with A: 2, 1 vs 1, 0 -> (1 + 1/2 + 1 + 1) / 4
    assertThat(a.rocAucWithout()).isEqualTo(0.5);
    assertThat(a.deltaRocAuc()).isCloseTo(0.5 - 3.5 / 4, within(1e-12));
    assertThat(r.unknownObservations()).isEqualTo(1);
  }

  @Test
  void calibration_probabilisticScorer_givesBrierAndBins() {
    List<LabelledSubject> subjects = List.of(Fixtures.labelled("a", true, null), Fixtures.labelled("b", false, null),
        Fixtures.labelled("c", true, null), Fixtures.labelled("d", false, null));
    Map<String, Score> scores = Map.of("a", Score.of(0.9, 1, 0.9), "b", Score.of(0.15, 0, 0.15),
        "c", Score.of(0.95, 1, 0.95), "d", Score.of(0.9, 1, 0.9));
    ScorerResult r = Evaluation.evaluate(LabelledData.of(subjects), List.of(Fixtures.fixed("p", scores)), QUICK,
        ProgressListener.NONE).scorers().get(0);
    Calibration c = r.calibration().orElseThrow();
    assertThat(c.brierScore()).isCloseTo((0.01 + 0.0225 + 0.0025 + 0.81) / 4, within(1e-12));
    assertThat(c.bins()).hasSize(10);
    assertThat(c.bins().get(9).count()).isEqualTo(3);
    assertThat(c.bins().get(9).observedRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(c.bins().get(1).count()).isEqualTo(1);
  }

  @Test
  void comparison_sameScoresTwice_differenceIsZero() {
    LabelledData data = MetricsProperties.Generated.data(300, 7);
    EvaluationResult result = Evaluation.evaluate(data, List.of(Fixtures.counting("first", List.of("A", "B", "C")),
        Fixtures.counting("second", List.of("A", "B", "C"))), QUICK, ProgressListener.NONE);
    Comparison c = result.comparisons().get(0);
    assertThat(c.deltaRocAuc().value()).isZero();
    assertThat(c.deltaRocAuc().lower()).isZero();
    assertThat(c.deltaRocAuc().upper()).isZero();
  }

  @Test
  void comparison_betterScorer_positiveDifferenceWithPairedInterval() {
    LabelledData data = MetricsProperties.Generated.data(2000, 11);
    EvaluationResult result = Evaluation.evaluate(data, List.of(Fixtures.counting("only-a", List.of("A")),
        Fixtures.counting("all", List.of("A", "B", "C"))), QUICK, ProgressListener.NONE);
    Comparison c = result.comparisons().get(0);
    assertThat(c.first()).isEqualTo("only-a");
    assertThat(c.deltaRocAuc().value()).isPositive();
    assertThat(c.deltaRocAuc().lower()).isPositive();
  }

  @Test
  void evaluate_sameInputs_equalResults() {
    LabelledData data = MetricsProperties.Generated.data(500, 3);
    List<Scorer> scorers = List.of(Fixtures.counting("c", List.of("A", "B", "C")));
    assertThat(Evaluation.evaluate(data, scorers, QUICK, ProgressListener.NONE))
        .isEqualTo(Evaluation.evaluate(data, scorers, QUICK, ProgressListener.NONE));
  }

  @Test
  void evaluate_otherSeed_otherIntervalSameEstimate() {
    LabelledData data = MetricsProperties.Generated.data(500, 3);
    List<Scorer> scorers = List.of(Fixtures.counting("c", List.of("A", "B", "C")));
    Estimate one = Evaluation.evaluate(data, scorers, QUICK, ProgressListener.NONE).scorers().get(0).rocAuc();
    Estimate two = Evaluation.evaluate(data, scorers, QUICK.withSeed(99), ProgressListener.NONE).scorers().get(0)
        .rocAuc();
    assertThat(two.value()).isEqualTo(one.value());
    assertThat(two).isNotEqualTo(one);
  }

  @Test
  void evaluate_onlyNegatives_throwsWithCode() {
    LabelledData data = LabelledData.of(List.of(Fixtures.labelled("a", false, null), Fixtures.labelled("b", false, null)));
    assertThatThrownBy(() -> Evaluation.evaluate(data, List.of(Fixtures.counting("c", List.of())), QUICK,
        ProgressListener.NONE))
        .isInstanceOf(EvaluationException.class)
        .extracting(e -> ((EvaluationException) e).code()).isEqualTo("BARRIER-WB-0001");
  }

  @Test
  void evaluate_duplicateScorerNames_throws() {
    LabelledData data = MetricsProperties.Generated.data(50, 1);
    Scorer s = Fixtures.counting("c", List.of("A"));
    assertThatThrownBy(() -> Evaluation.evaluate(data, List.of(s, s), QUICK, ProgressListener.NONE))
        .isInstanceOf(EvaluationException.class);
  }

  @Test
  void curves_startAndEndAtCorners_andRespectMaxPoints() {
    LabelledData data = MetricsProperties.Generated.data(1000, 5);
    Map<String, Score> scores = new HashMap<>();
    for (int i = 0; i < 1000; i++) {
      scores.put("S-" + i, Score.of(i * 0.001 + (data.subjects().get(i).label() ? 0.3 : 0), 0));
    }
    ScorerResult r = Evaluation.evaluate(data, List.of(Fixtures.fixed("f", scores)),
        new EvaluationOptions(0, 1, 0.8, 20, 50, false), ProgressListener.NONE).scorers().get(0);
    assertThat(r.roc()).hasSizeLessThanOrEqualTo(50);
    assertThat(r.roc().get(0)).isEqualTo(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
    assertThat(r.roc().get(r.roc().size() - 1).x()).isEqualTo(1.0);
    assertThat(r.roc().get(r.roc().size() - 1).y()).isEqualTo(1.0);
    assertThat(r.rocAuc().replicates()).isZero();
    assertThat(r.rocAuc().lower()).isNaN();
    assertThat(r.scoreDistribution()).hasSize(20);
    assertThat(r.scoreDistribution().stream().mapToLong(b -> b.positives() + b.negatives()).sum()).isEqualTo(1000);
  }
}
