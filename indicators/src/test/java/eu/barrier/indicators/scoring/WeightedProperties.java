package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class WeightedProperties {

  private static final WeightedModel MODEL = WeightedModel.compile(Fixtures.business(Optional.empty()));
  private static final IloModel ILO = IloModel.compile(Fixtures.iloGrid());
  private static final SubjectReference E = Fixtures.establishment("E-1");
  private static final List<String> IDS = MODEL.catalogue().catalogue().indicators().stream().map(Indicator::id)
      .toList();

  @Provide
  Arbitrary<Observation> observations() {
    Arbitrary<String> id = Arbitraries.oneOf(Arbitraries.of(IDS), Arbitraries.just("UNKNOWN-1"));
    Arbitrary<Integer> age = Arbitraries.integers().between(-30, 2000);
    Arbitrary<Grading> grading = Arbitraries.oneOf(Arbitraries.just((Grading) null),
        Combinators.combine(Arbitraries.of("A", "B", "C", "X"), Arbitraries.of("1", "2", "3", "4"))
            .as((s, i) -> Grading.of(GradingScheme.EUROPOL_4X4, s, i)));
    return Combinators.combine(id, age, grading)
        .as((i, a, g) -> Fixtures.observation(E, i, Fixtures.AS_OF.minusDays(a), g));
  }

  @Provide
  Arbitrary<List<Observation>> lists() {
    return observations().list().ofMaxSize(25);
  }

  @Property
  void addingAnObservation_neverLowersTheScore(@ForAll("lists") List<Observation> list,
      @ForAll("observations") Observation extra) {
    List<Observation> more = new ArrayList<>(list);
    more.add(extra);

    long before = MODEL.assess(new Subject(E, list), Fixtures.AS_OF).scoreMilli();
    long after = MODEL.assess(new Subject(E, more), Fixtures.AS_OF).scoreMilli();

    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property
  void contributions_addUpToTheScore_andScoreOnlyAgrees(@ForAll("lists") List<Observation> list) {
    Subject subject = new Subject(E, list);
    Assessment a = MODEL.assess(subject, Fixtures.AS_OF);

    assertThat(a.contributions().stream().mapToLong(Contribution::milliPoints).sum()).isEqualTo(a.scoreMilli());
    assertThat(a.score().movePointRight(3).longValueExact()).isEqualTo(a.scoreMilli());
    assertThat(MODEL.scoreMilli(subject, Fixtures.AS_OF)).isEqualTo(a.scoreMilli());
  }

  @Property
  void sameInput_givesEqualAssessmentAndExplanation(@ForAll("lists") List<Observation> list) {
    Assessment first = MODEL.assess(new Subject(E, list), Fixtures.AS_OF);
    Assessment second = MODEL.assess(new Subject(E, List.copyOf(list)), Fixtures.AS_OF);

    assertThat(second).isEqualTo(first);
    for (Language language : Language.values()) {
      assertThat(second.explanation(language)).isEqualTo(first.explanation(language));
    }
  }

  @Property(tries = 50)
  void batch_equalsOneByOne(@ForAll("lists") List<Observation> a, @ForAll("lists") List<Observation> b) {
    SubjectReference other = Fixtures.establishment("E-2");
    List<Observation> moved = b.stream().map(o -> new Observation(o.indicatorId(), other, o.period(), o.source(),
        o.grading(), null, null)).toList();
    List<Subject> subjects = List.of(new Subject(E, a), new Subject(other, moved));

    List<Assessment> batch = MODEL.assessAll(subjects, Fixtures.AS_OF);

    assertThat(batch).containsExactly(MODEL.assess(subjects.get(0), Fixtures.AS_OF),
        MODEL.assess(subjects.get(1), Fixtures.AS_OF));
  }

  @Property(tries = 200)
  void ilo_addingAnObservation_neverRemovesAPositiveDimension(@ForAll("iloIds") List<String> ids,
      @ForAll("iloIds") List<String> extra) {
    SubjectReference p = Fixtures.person("P-1");
    List<String> more = new ArrayList<>(ids);
    more.addAll(extra);

    var before = ILO.assess(Fixtures.subject(p, ids.toArray(String[]::new)), Fixtures.AS_OF).positiveDimensions();
    var after = ILO.assess(Fixtures.subject(p, more.toArray(String[]::new)), Fixtures.AS_OF).positiveDimensions();

    before.forEach((d, positive) -> assertThat(!positive || after.get(d)).isTrue());
  }

  @Provide
  Arbitrary<List<String>> iloIds() {
    return Arbitraries.of(ILO.catalogue().catalogue().indicators().stream().map(Indicator::id).toList()).list()
        .ofMaxSize(12);
  }
}
