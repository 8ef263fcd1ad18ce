package eu.barrier.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.FairnessResult;
import eu.barrier.workbench.evaluation.ScorerResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class CompareIndicatorSetsTest {

  private static boolean violated(ScorerResult s) {
    return s.fairness().stream().anyMatch(FairnessResult::fourFifthsViolated);
  }

  @Test
  void run_biasedComplaintsIndicator_fullSetViolatesFourFifthsAndLeavingItOutRaisesTheFlagRateRatio() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EvaluationResult result = CompareIndicatorSets.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(result.scorers()).hasSize(2);
    assertThat(result.comparisons()).hasSize(1);
    assertThat(result.scorers()).allSatisfy(s -> assertThat(s.rocAuc().value()).isGreaterThan(0.5));
    assertThat(violated(result.scorers().get(0))).isTrue();
    double withComplaints = result.scorers().get(0).fairness().get(0).flagRateRatio();
    double without = result.scorers().get(1).fairness().get(0).flagRateRatio();
    assertThat(without).isGreaterThan(withComplaints + 0.1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("barrier-admin").contains("four-fifths rule")
        .contains("difference in ROC AUC");
  }
}
