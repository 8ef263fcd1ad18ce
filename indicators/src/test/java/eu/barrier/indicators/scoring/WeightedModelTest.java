package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.CatalogueScoring;
import eu.barrier.indicators.catalogue.Catalogues;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class WeightedModelTest {

  private static final SubjectReference E = Fixtures.establishment("E-1");
  private static final WeightedModel MODEL = WeightedModel.compile(Fixtures.business(Optional.empty()));

  private static Subject one(String id, int ageDays, Grading grading) {
    return new Subject(E, List.of(Fixtures.observation(E, id, Fixtures.AS_OF.minusDays(ageDays), grading)));
  }

  @Test
  void assess_provisionalUngradedToday_isTenPoints() {
    Assessment a = MODEL.assess(one("B-HOUSING-P", 0, null), Fixtures.AS_OF);

    assertThat(a.scoreMilli()).isEqualTo(10_000);
    assertThat(a.outcome()).isEqualTo(Outcome.LOW);
    assertThat(a.contributions()).singleElement().satisfies(c -> {
      assertThat(c.points()).isEqualTo(10);
      assertThat(c.evidencePermille()).isEqualTo(1000);
      assertThat(c.decay()).isEqualTo(1.0);
    });
  }

  @Test
  void assess_europolB2_countsSixtyFourPercent() {
    Grading b2 = Grading.of(GradingScheme.EUROPOL_4X4, "B", "2");

    assertThat(MODEL.assess(one("B-HOUSING-M", 0, b2), Fixtures.AS_OF).scoreMilli()).isEqualTo(12_800);
  }

  @Test
  void assess_ageOfOneHalfLife_countsHalf() {
    assertThat(MODEL.assess(one("B-HOUSING-M", 365, null), Fixtures.AS_OF).scoreMilli()).isEqualTo(10_000);
  }

  @Test
  void assess_categoryAboveCap_isCappedWithNegativeContribution() {
    CatalogueScoring scoring = new CatalogueScoring(40, 20, 10, 10, 25, 0, 10, 40, 80);
    WeightedModel model = WeightedModel.compile(Fixtures.business(Optional.of(scoring)));
    Subject subject = new Subject(E, List.of(Fixtures.observation(E, "B-WORK-M", Fixtures.AS_OF, null),
        Fixtures.observation(E, "B-WORK-P", Fixtures.AS_OF, null)));

    Assessment a = model.assess(subject, Fixtures.AS_OF);

    assertThat(a.scoreMilli()).isEqualTo(25_000);
    assertThat(a.contributions()).extracting(Contribution::kind).containsExactly(ContributionKind.INDICATOR,
        ContributionKind.INDICATOR, ContributionKind.CATEGORY_CAP);
    assertThat(a.contributions().get(2).milliPoints()).isEqualTo(-5_000);
    assertThat(a.provenance().modelParameters()).containsEntry("categoryCap", "25").containsEntry("scoringBlock",
        "catalogue");
  }

  @Test
  void assess_repeatedIndicator_countsOnceByItsBestObservation() {
    Observation old = Fixtures.observation(E, "B-HOUSING-M", Fixtures.AS_OF.minusDays(365), null);
    Observation fresh = Fixtures.observation(E, "B-HOUSING-M", Fixtures.AS_OF, null);

    Assessment a = MODEL.assess(new Subject(E, List.of(old, fresh, old)), Fixtures.AS_OF);

    assertThat(a.scoreMilli()).isEqualTo(20_000);
    assertThat(a.contributions()).singleElement().satisfies(c -> assertThat(c.observations()).isEqualTo(3));
  }

  @Test
  void level_thresholds_mapToNoneLowMediumHigh() {
    assertThat(MODEL.level(9_999)).isEqualTo(Outcome.NONE);
    assertThat(MODEL.level(10_000)).isEqualTo(Outcome.LOW);
    assertThat(MODEL.level(40_000)).isEqualTo(Outcome.MEDIUM);
    assertThat(MODEL.level(80_000)).isEqualTo(Outcome.HIGH);
  }

  @Test
  void assess_manyBarriers_reachesHighAndExplains() {
    Subject subject = Fixtures.subject(E, "B-HOUSING-M", "B-HOUSING-P", "B-WORK-M", "B-WORK-P", "B-FINANCES-M",
        "B-FINANCES-P", "B-RECRUITMENT-M");

    Assessment a = MODEL.assess(subject, Fixtures.AS_OF);

    assertThat(a.outcome()).isEqualTo(Outcome.HIGH);
    assertThat(a.explanation(eu.barrier.core.Language.EN)).startsWith(
        "Signal for review, not a decision. Level: high").doesNotContain("E-1");
  }

  @Test
  void evidenceFactors_tablesPerScheme() {
    assertThat(EvidenceFactors.permille(null)).isEqualTo(1000);
    assertThat(EvidenceFactors.permille(Grading.of(GradingScheme.EUROPOL_4X4, "A", "1"))).isEqualTo(1000);
    assertThat(EvidenceFactors.permille(Grading.of(GradingScheme.EUROPOL_4X4, "X", "4"))).isEqualTo(150);
    assertThat(EvidenceFactors.permille(Grading.of(GradingScheme.ADMIRALTY_6X6, "F", "6"))).isEqualTo(250);
    assertThat(EvidenceFactors.permille(Grading.of(GradingScheme.UK_3X5X2, "1", "E", "P"))).isZero();
    assertThat(EvidenceFactors.permille(Grading.of(GradingScheme.UK_3X5X2, "2", "B", "C"))).isEqualTo(400);
  }

  @Test
  void compile_builtInBusinessCatalogue_usesDefaultsAndProvisionalWeight() {
    WeightedModel model = WeightedModel.compile(Catalogues.hashedBuiltIn("barrier-admin"));

    assertThat(model.scoring()).isEqualTo(CatalogueScoring.DEFAULTS);
    assertThat(model.parameters()).containsEntry("points.provisional", "10").containsEntry("scoringBlock", "defaults")
        .containsEntry("evidenceTable", "barrier-evidence-v1");
  }
}
