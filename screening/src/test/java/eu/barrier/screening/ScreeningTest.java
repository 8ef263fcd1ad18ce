package eu.barrier.screening;

import static eu.barrier.screening.Fixtures.AS_OF;
import static eu.barrier.screening.Fixtures.beKey;
import static eu.barrier.screening.Fixtures.establishment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Grading;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.Subject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ScreeningTest {

  private static final Screening SCREENING = Screening.builder().build();

  @Test
  void build_defaults_adminFirstThenSectorProfilesInIdOrder() {
    assertThat(SCREENING.catalogues()).extracting(ScreeningResult.CatalogueUse::id)
        .containsExactly("barrier-admin", "sector-carwash", "sector-horeca-nightshop", "sector-massage",
            "sector-nail-salon");
    assertThat(SCREENING.modelId()).isEqualTo("weighted");
    assertThat(SCREENING.keptFrom()).isEqualTo(Outcome.LOW);
  }

  @Test
  void build_personLevelCatalogue_refusedWithItsCode() {
    assertThatThrownBy(() -> Screening.builder().catalogue(Catalogues.hashedBuiltIn("ilo-2009-adult-labour")))
        .isInstanceOf(ScreeningException.class)
        .extracting(e -> ((ScreeningException) e).code()).isEqualTo("BARRIER-SCR-0002");
  }

  @Test
  void build_childProtectionCatalogue_refused() {
    assertThatThrownBy(() -> Screening.builder().catalogue(Catalogues.hashedBuiltIn("minors-grooming")))
        .isInstanceOf(ScreeningException.class)
        .extracting(e -> ((ScreeningException) e).error()).isEqualTo(ScreeningError.CHILD_PROTECTION_CATALOGUE);
  }

  @Test
  void build_sameCatalogueTwice_refused() {
    Screening.Builder b = Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("barrier-admin"));
    assertThatThrownBy(b::build).isInstanceOf(ScreeningException.class)
        .extracting(e -> ((ScreeningException) e).error()).isEqualTo(ScreeningError.CATALOGUE_SET);
  }

  @Test
  void build_unknownModel_refused() {
    assertThatThrownBy(() -> Screening.builder().model("neural"))
        .isInstanceOf(ScreeningException.class)
        .extracting(e -> ((ScreeningException) e).error()).isEqualTo(ScreeningError.MODEL_REFUSED);
  }

  @Test
  void screen_carwashWithAdminAndSectorSignals_assessedByBothCatalogues() {
    ScreenedEstablishment s = SCREENING.screen(establishment(beKey(1), Sector.CARWASH,
        "ADM-01", "ADM-03", "SEC-CW-01", "SEC-MS-01"), AS_OF);
    assertThat(s.assessments()).extracting(a -> a.provenance().catalogueId())
        .containsExactly("barrier-admin", "sector-carwash");
    assertThat(s.notScored()).containsExactly("SEC-MS-01");
    assertThat(s.reasons()).extracting(Reason::indicatorId).containsExactly("ADM-01", "ADM-03", "SEC-CW-01");
  }

  @Test
  void screen_levelIsHighestOfCatalogueLevels_scoresNeverAdded() {
    // four barrier-admin signals in four barriers: 40 points, medium under barrier-admin's thresholds;
    // one carwash signal: 10 points, low. A sum (50) would still be medium; the level is the highest.
    ScreenedEstablishment s = SCREENING.screen(establishment(beKey(2), Sector.CARWASH,
        "ADM-01", "ADM-03", "ADM-05", "ADM-07", "SEC-CW-01"), AS_OF);
    assertThat(s.assessments()).extracting(Assessment::outcome).containsExactly(Outcome.MEDIUM, Outcome.LOW);
    assertThat(s.level()).isEqualTo(Outcome.MEDIUM);
    assertThat(s.leading().orElseThrow().provenance().catalogueId()).isEqualTo("barrier-admin");
  }

  @Test
  void screen_sameAsAssessingEachCatalogueAlone() {
    ObservedEstablishment e = establishment(beKey(3), Sector.MASSAGE, "ADM-02", "SEC-MS-01", "SEC-MS-02");
    ScreenedEstablishment s = SCREENING.screen(e, AS_OF);
    for (Assessment a : s.assessments()) {
      var model = RiskModels.compile("weighted", Catalogues.hashedBuiltIn(a.provenance().catalogueId()));
      List<Observation> own = new ArrayList<>();
      for (Observation o : e.observations()) {
        if (model.catalogue().catalogue().indicator(o.indicatorId()).isPresent()) {
          own.add(o);
        }
      }
      assertThat(model.assess(new Subject(e.subject(), own), AS_OF)).isEqualTo(a);
    }
  }

  @Test
  void screen_catalogueOfAnotherSector_doesNotApply() {
    ScreenedEstablishment s = SCREENING.screen(establishment(beKey(4), Sector.HAIRDRESSER, "SEC-CW-01"), AS_OF);
    assertThat(s.assessments()).extracting(a -> a.provenance().catalogueId()).containsExactly("barrier-admin");
    assertThat(s.level()).isEqualTo(Outcome.NONE);
    assertThat(s.notScored()).containsExactly("SEC-CW-01");
  }

  @Test
  void screen_belgianKey_noDutchServiceCouldAct() {
    ScreenedEstablishment s = SCREENING.screen(establishment(beKey(5), Sector.CARWASH, "SEC-CW-03", "ADM-17"),
        AS_OF);
    for (Reason r : s.reasons()) {
      assertThat(r.couldAct()).allMatch(a -> a.actsIn(eu.barrier.core.address.Country.BE));
    }
    Reason cw03 = s.reasons().stream().filter(r -> r.indicatorId().equals("SEC-CW-03")).findFirst().orElseThrow();
    assertThat(cw03.couldAct()).containsExactly(Agency.FEDERAL_POLICE, Agency.SOCIAL_INSPECTION, Agency.IMMIGRATION_OFFICE);
  }

  @Test
  void screen_dutchKey_noBelgianServiceCouldAct() {
    ObservedEstablishment e = establishment("nl-establishment:000012345678", Sector.CARWASH, "SEC-CW-03");
    Reason r = SCREENING.screen(e, AS_OF).reasons().get(0);
    assertThat(r.couldAct()).containsExactly(Agency.NATIONAL_POLICE, Agency.LABOUR_INSPECTION,
        Agency.IMMIGRATION_OFFICE);
  }

  @Test
  void screen_reasonReportedBy_listsTheSourcesOfThatIndicator() {
    String key = beKey(6);
    ObservedEstablishment e = new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH, List.of(
        Fixtures.seen(key, "SEC-CW-02", AS_OF, Agency.SOCIAL_INSPECTION),
        Fixtures.seen(key, "SEC-CW-02", AS_OF.minusDays(3), Agency.PERMIT_DESK),
        Fixtures.seen(key, "ADM-01", AS_OF, Agency.LOCAL_POLICE)));
    Reason r = SCREENING.screen(e, AS_OF).reasons().stream().filter(x -> x.indicatorId().equals("SEC-CW-02"))
        .findFirst().orElseThrow();
    assertThat(r.reportedBy()).containsExactly(Agency.PERMIT_DESK, Agency.SOCIAL_INSPECTION);
    assertThat(r.observations()).isEqualTo(2);
  }

  @Test
  void screen_lastObservedAndGrading_fromContributingObservationsOnly() {
    String key = beKey(7);
    ObservedEstablishment e = new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH, List.of(
        Fixtures.graded(key, "SEC-CW-01", AS_OF.minusDays(40), Agency.SOCIAL_INSPECTION, "C3"),
        Fixtures.graded(key, "SEC-CW-02", AS_OF.minusDays(10), Agency.SOCIAL_INSPECTION, "B2"),
        Fixtures.graded(key, "SEC-MS-01", AS_OF.minusDays(1), Agency.LOCAL_POLICE, "A1"),
        Fixtures.graded(key, "SEC-CW-04", AS_OF.plusDays(5), Agency.LOCAL_POLICE, "A1")));
    ScreenedEstablishment s = SCREENING.screen(e, AS_OF);
    assertThat(s.lastObserved()).contains(AS_OF.minusDays(10));
    assertThat(s.strongestGrading().orElseThrow().source()).isEqualTo("B");
  }

  @Test
  void screen_strongestGrading_inTheSchemeItWasGivenIn_emptyWhenUngraded() {
    String key = beKey(8);
    Grading admiraltyC2 = Grading.of(GradingScheme.ADMIRALTY_6X6, "C", "2");
    ScreenedEstablishment admiralty = SCREENING.screen(new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH,
        List.of(Fixtures.graded(key, "SEC-CW-01", AS_OF.minusDays(4), Agency.SOCIAL_INSPECTION, admiraltyC2),
            Fixtures.seen(key, "SEC-CW-02", AS_OF.minusDays(4), Agency.PERMIT_DESK))), AS_OF);
    assertThat(admiralty.strongestGrading()).contains(admiraltyC2);

    ScreenedEstablishment ungraded = SCREENING.screen(new ObservedEstablishment(Fixtures.ref(key), Sector.CARWASH,
        List.of(Fixtures.seen(key, "SEC-CW-01", AS_OF.minusDays(4), Agency.PERMIT_DESK))), AS_OF);
    assertThat(ungraded.reasons()).isNotEmpty();
    assertThat(ungraded.strongestGrading()).isEmpty();
  }

  @Test
  void screen_nonEstablishmentSubject_refusedWithCode() {
    assertThatThrownBy(() -> new ObservedEstablishment(
        eu.barrier.core.observation.SubjectReference.of(eu.barrier.core.observation.SubjectKind.PERSON, "p-1"),
        Sector.CARWASH, List.of()))
        .isInstanceOf(ScreeningException.class)
        .extracting(e -> ((ScreeningException) e).error()).isEqualTo(ScreeningError.NOT_AN_ESTABLISHMENT);
  }

  @Test
  void screenAll_ranking_levelThenCountAtLevelThenFirstCatalogueScoreThenKey() {
    List<ObservedEstablishment> batch = List.of(
        establishment(beKey(10), Sector.CARWASH, "ADM-01"),                          // low (admin 10)
        establishment(beKey(11), Sector.CARWASH, "ADM-01", "SEC-CW-01"),             // low, low: two at low
        establishment(beKey(12), Sector.HAIRDRESSER, "ADM-01", "ADM-03", "ADM-05"), // low (admin 30)
        establishment(beKey(13), Sector.CARWASH, "ADM-01", "ADM-03", "ADM-05", "ADM-07"), // medium
        establishment(beKey(14), Sector.CARWASH),                                   // none
        establishment(beKey(15), Sector.CARWASH, "SEC-CW-01"));                      // low (no admin score)
    ScreeningResult r = SCREENING.screenAll(batch, AS_OF);
    assertThat(r.establishments()).extracting(ScreenedEstablishment::key)
        .containsExactly(beKey(13), beKey(11), beKey(12), beKey(10), beKey(15));
    assertThat(r.count(Outcome.NONE)).isEqualTo(1);
    assertThat(r.count(Outcome.LOW)).isEqualTo(4);
    assertThat(r.count(Outcome.MEDIUM)).isEqualTo(1);
    assertThat(r.total()).isEqualTo(6);
  }

  @Test
  void screenAll_keepMedium_lowerLevelsCountedNotKept() {
    Screening s = Screening.builder().keep(Outcome.MEDIUM).build();
    ScreeningResult r = s.screenAll(List.of(establishment(beKey(20), Sector.CARWASH, "ADM-01"),
        establishment(beKey(21), Sector.CARWASH, "ADM-01", "ADM-03", "ADM-05", "ADM-07")), AS_OF);
    assertThat(r.establishments()).extracting(ScreenedEstablishment::key).containsExactly(beKey(21));
    assertThat(r.count(Outcome.LOW)).isEqualTo(1);
    assertThat(r.keptFrom()).isEqualTo(Outcome.MEDIUM);
  }

  @Test
  void toString_neverShowsKeys() {
    ObservedEstablishment e = establishment(beKey(30), Sector.CARWASH, "ADM-01");
    ScreenedEstablishment s = SCREENING.screen(e, AS_OF);
    ScreeningResult r = SCREENING.screenAll(List.of(e), AS_OF);
    for (Object o : List.of(e, s, r, SCREENING)) {
      assertThat(o.toString()).doesNotContain("2999");
    }
  }
}
