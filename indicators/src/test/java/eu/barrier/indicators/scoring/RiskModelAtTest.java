package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogues;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

final class RiskModelAtTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void at_sameAssessmentsAsAssess_oneSharedProvenance() {
    RiskModel model = RiskModels.compile("weighted", Catalogues.hashedBuiltIn("barrier-admin"));
    Function<Subject, Assessment> at = model.at(AS_OF);
    Assessment previous = null;
    for (int i = 0; i < 5; i++) {
      SubjectReference ref = SubjectReference.of(SubjectKind.ESTABLISHMENT, "E-" + i);
      List<Observation> obs = List.of(new Observation("ADM-0" + (i + 1), ref,
          ObservedPeriod.of(AS_OF.minusDays(10 * i), AS_OF.minusDays(10 * i)), Agency.PERMIT_DESK, null, null, null));
      Subject subject = new Subject(ref, obs);
      Assessment a = at.apply(subject);
      assertThat(a).isEqualTo(model.assess(subject, AS_OF));
      if (previous != null) {
        assertThat(a.provenance()).isSameAs(previous.provenance());
      }
      previous = a;
    }
  }
}
