package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.IndicatorsError;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

final class IloModelTest {

  private static final SubjectReference P = Fixtures.person("P-1");

  private static Assessment assess(IloModel model, String... ids) {
    return model.assess(Fixtures.subject(P, ids), Fixtures.AS_OF);
  }

  @Test
  void assess_recruitmentExploitationAndCoercion_isPresumedTrafficking() {
    IloModel model = IloModel.compile(Catalogues.hashedBuiltIn("ilo-2009-adult-labour"));

    Assessment a = assess(model, "ILO-AL-DR-01", "ILO-AL-DR-02", "ILO-AL-EX-01", "ILO-AL-EX-02", "ILO-AL-CD-01",
        "ILO-AL-CD-14");

    assertThat(a.outcome()).isEqualTo(Outcome.PRESUMED_TRAFFICKING);
    assertThat(a.outcome().id()).isEqualTo("presumed-trafficking");
    assertThat(a.scoreMilli()).isEqualTo(3000);
    assertThat(a.dimensions()).extracting(DimensionResult::dimension)
        .containsExactly(Category.DR, Category.CR, Category.VR, Category.EX, Category.CD, Category.VD);
    assertThat(a.dimensions().get(0).indicators()).containsExactly("ILO-AL-DR-01", "ILO-AL-DR-02");
    assertThat(a.dimensions().get(0).clause()).contains(DimensionClause.STRONG_AND_OTHER);
    assertThat(a.trace()).contains("clause (CD|VD) holds by CD");
    assertThat(a.provenance().modelParameters()).containsEntry("outcomeRule", "adult");
    assertThat(a.provenance().catalogueSha256()).hasSize(64);
  }

  @Test
  void assess_adultWithoutMeansAtDestination_isExploitationSignalNotTrafficking() {
    IloModel model = IloModel.compile(Catalogues.hashedBuiltIn("ilo-2009-adult-labour"));

    Assessment a = assess(model, "ILO-AL-DR-01", "ILO-AL-DR-02", "ILO-AL-EX-01", "ILO-AL-EX-02");

    assertThat(a.outcome()).isEqualTo(Outcome.EXPLOITATION_SIGNAL);
  }

  @Test
  void assess_childCatalogue_needsNoMeansAtDestination() {
    IloModel model = IloModel.compile(Catalogues.hashedBuiltIn("ilo-2009-child-labour"));

    Assessment a = assess(model, "ILO-CL-DR-01", "ILO-CL-DR-02", "ILO-CL-EX-01", "ILO-CL-EX-02");

    assertThat(model.rule()).isEqualTo(OutcomeRule.CHILD);
    assertThat(a.outcome()).isEqualTo(Outcome.PRESUMED_TRAFFICKING);
  }

  @Test
  void assess_gradedOutcomes_dimensionSignalAndNone() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());

    assertThat(assess(model, "T-DR-S1", "T-DR-S2").outcome()).isEqualTo(Outcome.DIMENSION_SIGNAL);
    assertThat(assess(model, "T-DR-S1").outcome()).isEqualTo(Outcome.NONE);
    assertThat(assess(model).outcome()).isEqualTo(Outcome.NONE);
  }

  @Test
  void assess_customRule_isApplied() {
    OutcomeRule onlyEx = new OutcomeRule("exploitation-only", List.of(EnumSet.of(Category.EX)));
    IloModel model = IloModel.compile(Fixtures.iloGrid(), onlyEx);

    Assessment a = assess(model, "T-EX-S1", "T-EX-S2");

    assertThat(a.outcome()).isEqualTo(Outcome.PRESUMED_TRAFFICKING);
    assertThat(a.provenance().modelParameters()).containsEntry("outcomeRuleFormula", "EX");
  }

  @Test
  void assess_indicatorsCountOnlyInTheirOwnDimension() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());

    // one strong in DR and one medium in EX: neither dimension is positive
    Assessment a = assess(model, "T-DR-S1", "T-EX-M1");

    assertThat(a.positiveDimensions().values()).containsOnly(false);
  }

  @Test
  void assess_unknownIdsAndLateObservations_areReportedNotDropped() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());
    Observation late = Fixtures.observation(P, "T-DR-S1", Fixtures.AS_OF.plusDays(1), null);
    Observation unknown = Fixtures.observation(P, "NOT-IN-CATALOGUE", Fixtures.AS_OF, null);
    Observation known = Fixtures.observation(P, "T-DR-S2", Fixtures.AS_OF, null);

    Assessment a = model.assess(new Subject(P, List.of(late, unknown, known, unknown)), Fixtures.AS_OF);

    assertThat(a.unknownIndicators()).containsExactly("NOT-IN-CATALOGUE");
    assertThat(a.ignoredObservations()).isEqualTo(1);
    assertThat(a.dimensions().get(0).indicators()).containsExactly("T-DR-S2");
  }

  @Test
  void compile_provisionalStrengths_isRefusedWithClearMessage() {
    HashedCatalogue sexual = Catalogues.hashedBuiltIn("ilo-2009-adult-sexual");

    assertThatThrownBy(() -> IloModel.compile(sexual)).isInstanceOf(ScoringException.class)
        .hasMessageContaining("BARRIER-IND-0303").hasMessageContaining("provisional")
        .hasMessageContaining("ilo-2009-adult-sexual");
  }

  @Test
  void compile_businessCatalogue_isRefused() {
    assertThatThrownBy(() -> IloModel.compile(Catalogues.hashedBuiltIn("barrier-admin")))
        .isInstanceOf(ScoringException.class)
        .satisfies(e -> assertThat(((ScoringException) e).errorCode()).isEqualTo(IndicatorsError.SCORING_NOT_ILO));
  }

  @Test
  void compile_referenceOnlyCatalogue_isRefused() {
    assertThatThrownBy(() -> IloModel.compile(Catalogues.hashedBuiltIn("ilo-2012-forced-labour")))
        .isInstanceOf(ScoringException.class).hasMessageContaining("BARRIER-IND-0302");
    assertThatThrownBy(() -> RiskModels.compile("weighted", Catalogues.hashedBuiltIn("minors-grooming")))
        .isInstanceOf(ScoringException.class).hasMessageContaining("BARRIER-IND-0302");
  }

  @Test
  void assess_subjectOfOtherKind_isRefusedNeverMixed() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());
    Subject establishment = Fixtures.subject(Fixtures.establishment("E-1"));

    assertThatThrownBy(() -> model.assess(establishment, Fixtures.AS_OF)).isInstanceOf(ScoringException.class)
        .hasMessageContaining("BARRIER-IND-0305").hasMessageNotContaining("E-1");
  }

  @Test
  void toString_neverShowsTheSubjectKey() {
    IloModel model = IloModel.compile(Fixtures.iloGrid());
    Subject subject = Fixtures.subject(Fixtures.person("SECRET-KEY-42"), "T-DR-S1");

    assertThat(model.assess(subject, Fixtures.AS_OF).toString()).doesNotContain("SECRET-KEY-42");
    assertThat(subject.toString()).doesNotContain("SECRET-KEY-42");
  }
}
