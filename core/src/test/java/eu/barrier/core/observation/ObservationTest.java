package eu.barrier.core.observation;

import static eu.barrier.core.testing.ModelValidation.count;
import static eu.barrier.core.testing.ModelValidation.paths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import eu.barrier.core.testing.SyntheticIds;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.id.BeEstablishmentUnitNumber;
import eu.barrier.core.id.NlBsn;
import eu.barrier.core.id.NlEstablishmentNumber;
import eu.barrier.core.id.NlKvkNumber;
import eu.barrier.core.id.NlRsin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class ObservationTest {

  static final LocalDate DAY = LocalDate.of(2026, 3, 14);
  static final SubjectReference SUBJECT = SubjectReference.of(SubjectKind.ESTABLISHMENT, "est-0001");

  static Observation valid() {
    return new Observation("BA-HOUSING-03", SUBJECT, ObservedPeriod.on(DAY), Agency.LOCAL_POLICE,
        Grading.of(GradingScheme.EUROPOL_4X4, "B", "2"), "PV-2026-000123",
        "Zes matrassen in de berging; beheerder Kees Zonnedauw aanwezig.\nTweede regel.");
  }

  @Test
  void validate_validObservation_noViolations() {
    assertThat(paths(valid())).isEmpty();
  }

  @Test
  void validate_minimalObservation_noViolations() {
    assertThat(paths(new Observation("ILO-AL-DR-01", SUBJECT, ObservedPeriod.on(DAY),
        Agency.SOCIAL_INSPECTION, null, null, null))).isEmpty();
  }

  @Test
  void validate_everythingMissing_reportsRequiredComponents() {
    assertThat(paths(new Observation(null, null, null, null, null, null, null)))
        .containsExactly("indicatorId", "period", "source", "subject");
  }

  @Test
  void validate_indicatorIdShapes_lowerCaseDoubleDashTooLongRejected() {
    for (String bad : new String[] {"ilo-al-dr-01", "BA--HOUSING", "-BA", "BA-", "BA_HOUSING",
        "A".repeat(65)}) {
      Observation o = new Observation(bad, SUBJECT, ObservedPeriod.on(DAY), Agency.RIEC, null,
          null, null);
      assertThat(paths(o)).as(bad).containsExactly("indicatorId");
    }
  }

  @Test
  void validate_nestedProblems_reportedWithPathsAllAtOnce() {
    Observation o = new Observation("BA-HOUSING-03", new SubjectReference(null, "bad key"),
        new ObservedPeriod(DAY, DAY.minusDays(1)), Agency.PERMIT_DESK,
        new Grading(GradingScheme.EUROPOL_4X4, "D", "1", null), "line\nbreak",
        "x".repeat(4001));
    assertThat(paths(o)).containsExactly("evidenceReference", "grading.validForScheme", "note",
        "period.periodOrdered", "subject.key", "subject.kind");
    assertThat(count(o)).isEqualTo(6);
  }

  @Test
  void validate_blankNote_reportsNote() {
    Observation o = new Observation("BA-HOUSING-03", SUBJECT, ObservedPeriod.on(DAY),
        Agency.OTHER, null, null, " \n ");
    assertThat(paths(o)).containsExactly("note");
  }

  @Test
  void toString_valid_showsIndicatorKindSourceGradingButNoNoteKeyOrEvidence() {
    assertThat(valid().toString())
        .isEqualTo("Observation[indicatorId=BA-HOUSING-03, subject=ESTABLISHMENT, "
            + "source=LOCAL_POLICE, grading=Grading[EUROPOL_4X4 B2], redacted]")
        .doesNotContain("Zonnedauw")
        .doesNotContain("est-0001")
        .doesNotContain("PV-2026");
  }

  @Test
  void toString_personalTextInIndicatorId_notShown() {
    Observation o = new Observation("Kees Zonnedauw", SUBJECT, null, null, null, null, null);
    assertThat(o.toString()).doesNotContain("Zonnedauw").contains("indicatorId=invalid");
  }

  @Test
  void subjectReference_ofIdentifier_derivesKindAndKey() {
    BeEnterpriseNumber be = BeEnterpriseNumber.parse(SyntheticIds.BE_ENTERPRISE_EXAMPLE);
    assertThat(SubjectReference.of(be))
        .isEqualTo(new SubjectReference(SubjectKind.ORGANISATION, "be-enterprise:1999000150"));
    assertThat(SubjectReference.of(NlKvkNumber.parse("90000017")).kind())
        .isEqualTo(SubjectKind.ORGANISATION);
    assertThat(SubjectReference.of(NlRsin.parse("123456782")).kind())
        .isEqualTo(SubjectKind.ORGANISATION);
    assertThat(SubjectReference.of(
            BeEstablishmentUnitNumber.parse(SyntheticIds.BE_ESTABLISHMENT_EXAMPLE)).kind())
        .isEqualTo(SubjectKind.ESTABLISHMENT);
    assertThat(SubjectReference.of(NlEstablishmentNumber.parse("000012345678")).key())
        .isEqualTo("nl-establishment:000012345678");
    SubjectReference person = SubjectReference.of(NlBsn.parse(SyntheticIds.NL_BSN_EXAMPLE));
    assertThat(person.kind()).isEqualTo(SubjectKind.PERSON);
    assertThat(paths(person)).isEmpty();
    assertThat(person.toString())
        .isEqualTo("SubjectReference[kind=PERSON, redacted]")
        .doesNotContain(SyntheticIds.NL_BSN_EXAMPLE);
  }

  @Test
  void subjectReference_ofBadKey_throwsWithoutEchoingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SubjectReference.of(SubjectKind.PERSON, "Kees Zonnedauw"))
        .withMessageNotContaining("Zonnedauw");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SubjectReference.of(SubjectKind.PERSON, "k".repeat(129)));
    assertThat(SubjectReference.of(SubjectKind.ADDRESS, "k".repeat(128)).key()).hasSize(128);
  }

  @Test
  void observedPeriod_factories_checkOrder() {
    assertThat(ObservedPeriod.on(DAY)).isEqualTo(new ObservedPeriod(DAY, DAY));
    assertThat(ObservedPeriod.of(DAY, DAY.plusDays(3)).to()).isEqualTo(DAY.plusDays(3));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ObservedPeriod.of(DAY, DAY.minusDays(1)));
    assertThat(paths(new ObservedPeriod(null, DAY))).containsExactly("from");
    assertThat(paths(new ObservedPeriod(DAY, DAY.minusDays(1)))).containsExactly("periodOrdered");
    // a period alone is not personal data: the record's own toString is kept
    assertThat(ObservedPeriod.on(DAY).toString()).contains("2026-03-14");
  }
}
