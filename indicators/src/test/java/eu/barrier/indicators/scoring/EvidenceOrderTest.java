package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence factors and core's one order of gradings never disagree. */
final class EvidenceOrderTest {

  @Test
  void evidenceFactor_alongStrongestFirst_neverRises() {
    for (GradingScheme scheme : GradingScheme.values()) {
      List<Grading> gradings = new ArrayList<>();
      String handling = scheme.handlingRequired() ? scheme.handlingCodes().get(0) : null;
      for (String s : scheme.sourceCodes()) {
        for (String i : scheme.informationCodes()) {
          gradings.add(Grading.of(scheme, s, i, handling));
        }
      }
      gradings.sort(Grading.STRONGEST_FIRST);
      for (int k = 1; k < gradings.size(); k++) {
        Grading stronger = gradings.get(k - 1);
        Grading weaker = gradings.get(k);
        if (stronger.source().equals(weaker.source()) || stronger.information().equals(weaker.information())) {
          assertThat(EvidenceFactors.permille(weaker)).as(scheme + " " + stronger + " before " + weaker)
              .isLessThanOrEqualTo(EvidenceFactors.permille(stronger));
        }
      }
    }
  }
}
