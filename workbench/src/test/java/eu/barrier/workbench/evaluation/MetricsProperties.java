package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

final class MetricsProperties {

  @Provide
  Arbitrary<List<Integer>> scores() {
    // few distinct values, so ties are common
    return Arbitraries.integers().between(0, 5).list().ofMinSize(2).ofMaxSize(40);
  }

  @Property
  void rocAuc_anyData_equalsBruteForceMannWhitney(@ForAll("scores") List<Integer> values, @ForAll long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] scores = values.stream().mapToDouble(Integer::doubleValue).toArray();
    boolean[] labels = new boolean[scores.length];
    labels[0] = true;
    for (int i = 2; i < labels.length; i++) {
      labels[i] = random.nextBoolean();
    }
    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < scores.length; i++) {
      for (int j = 0; j < scores.length; j++) {
        if (labels[i] && !labels[j]) {
          pairs++;
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
    }
    assertThat(Metrics.rocAuc(scores, labels)).isCloseTo(wins / pairs, within(1e-12));
  }

  @Property(tries = 30)
  void bootstrap_anyData_intervalContainsPointEstimate(@ForAll @IntRange(min = 60, max = 400) int n,
      @ForAll long seed) {
    LabelledData data = Generated.data(n, seed);
    Scorer scorer = Fixtures.counting("count", List.of("A", "B", "C"));
    EvaluationResult result = Evaluation.evaluate(data, List.of(scorer),
        EvaluationOptions.DEFAULTS.withBootstrapReplicates(200).withSeed(seed).withAblation(false),
        ProgressListener.NONE);
    for (Estimate e : List.of(result.scorers().get(0).rocAuc(), result.scorers().get(0).prAuc())) {
      assertThat(e.lower()).isLessThanOrEqualTo(e.value());
      assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
    }
  }

  @Property(tries = 10)
  void bootstrap_moreSubjects_narrowerInterval(@ForAll long seed) {
    EvaluationOptions options = EvaluationOptions.DEFAULTS.withBootstrapReplicates(300).withSeed(seed)
        .withAblation(false);
    Scorer scorer = Fixtures.counting("count", List.of("A", "B", "C"));
    Estimate small = Evaluation.evaluate(Generated.data(200, seed), List.of(scorer), options, ProgressListener.NONE)
        .scorers().get(0).rocAuc();
    Estimate large = Evaluation.evaluate(Generated.data(6400, seed), List.of(scorer), options, ProgressListener.NONE)
        .scorers().get(0).rocAuc();
    assertThat(large.width()).isLessThan(small.width());
  }

  /** Random labelled data where positives see indicators A, B, C more often. */
  static final class Generated {
    private Generated() {}

    static LabelledData data(int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      java.util.List<LabelledSubject> subjects = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        boolean positive = i % 5 == 0;
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (String id : new String[] {"A", "B", "C"}) {
          if (random.nextDouble() < (positive ? 0.5 : 0.15)) {
            ids.add(id);
          }
        }
        subjects.add(Fixtures.labelled("S-" + i, positive, i % 3 == 0 ? "group-b" : "group-a",
            ids.toArray(new String[0])));
      }
      return LabelledData.of(subjects);
    }
  }
}
