package eu.barrier.screening.signal;

import static eu.barrier.screening.Fixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.privacy.exchange.SignalReport;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.Fixtures;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A signal report's grading is never made up: it is one the observations had, or none. */
final class SignalReportsProperties {

  private static final Screening SCREENING = Screening.builder().keep(Outcome.NONE).build();
  private static final String[] INDICATORS = {"ADM-01", "ADM-03", "ADM-05", "ADM-07", "ADM-09", "ADM-10", "ADM-16",
      "ADM-18"};
  /** Index 0 stands for an ungraded observation. No UK "E", whose evidence factor 0 never counts. */
  private static final Grading[] GRADINGS = {null,
      Grading.of(GradingScheme.EUROPOL_4X4, "A", "1"), Grading.of(GradingScheme.EUROPOL_4X4, "B", "2", "H1"),
      Grading.of(GradingScheme.EUROPOL_4X4, "C", "3"), Grading.of(GradingScheme.EUROPOL_4X4, "X", "4"),
      Grading.of(GradingScheme.ADMIRALTY_6X6, "A", "1"), Grading.of(GradingScheme.ADMIRALTY_6X6, "C", "3"),
      Grading.of(GradingScheme.ADMIRALTY_6X6, "F", "6"), Grading.of(GradingScheme.ADMIRALTY_6X6, "E", "5"),
      Grading.of(GradingScheme.UK_3X5X2, "1", "A", "P"), Grading.of(GradingScheme.UK_3X5X2, "2", "B", "C"),
      Grading.of(GradingScheme.UK_3X5X2, "3", "D", "P")};

  private static final Pseudonymiser PSEUDONYMISER = SignalReportsTest.pseudonymiser();

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, GRADINGS.length - 1).list().ofSize(INDICATORS.length);
  }

  @Property(tries = 300)
  void build_grading_oneTheCountedObservationsHadOrNoneWhenUngraded(@ForAll("choices") List<Integer> choices) {
    String key = Fixtures.beKey(42);
    List<Observation> obs = new ArrayList<>();
    List<Grading> given = new ArrayList<>();
    for (int i = 0; i < INDICATORS.length; i++) {
      Grading g = GRADINGS[choices.get(i)];
      obs.add(Fixtures.graded(key, INDICATORS[i], AS_OF.minusDays(30), Agency.LOCAL_POLICE, g));
      if (g != null) {
        given.add(g);
      }
    }
    ScreeningResult r = SCREENING.screenAll(List.of(new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH, obs)),
        AS_OF);
    ScreenedEstablishment e = r.establishments().get(0);
    assertThat(e.reasons()).hasSize(INDICATORS.length);

    Optional<Grading> strongest = e.strongestGrading();
    assertThat(strongest.isEmpty()).isEqualTo(given.isEmpty());
    strongest.ifPresent(s -> {
      assertThat(given).contains(s);
      GradingScheme first = given.stream().map(Grading::scheme).min(Enum::compareTo).orElseThrow();
      assertThat(s.scheme()).isEqualTo(first);
      assertThat(given).filteredOn(g -> g.scheme() == first)
          .allMatch(g -> Grading.STRONGEST_FIRST.compare(s, g) <= 0);
    });

    List<SignalReport> reports = SignalReports.build(r, PSEUDONYMISER, SignalReportPolicy.defaults(), "p",
        Optional.empty(), "t").reports();
    assertThat(reports).hasSize(e.level().isAtLeast(SignalReportPolicy.defaults().minimumLevel()) ? 1 : 0);
    for (SignalReport report : reports) {
      assertThat(Optional.ofNullable(report.grading())).isEqualTo(strongest);
    }
  }
}
