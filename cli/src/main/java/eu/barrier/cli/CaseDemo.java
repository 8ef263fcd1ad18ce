package eu.barrier.cli;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.procedure.CaseFiles;
import eu.barrier.cases.procedure.EventInput;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.ObservedPeriod;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic cases of {@code barrier case demo}: made through the library API only, with
 * synthetic establishment keys (unissued 2999 range, valid check digits) and staff ids.
 */
final class CaseDemo {

  /** The Belgian demo salon. */
  static final String BE_SALON = "be-establishment:2999004230";

  /** The Dutch demo salon (a synthetic Belgian-style key: the demo needs no KvK number). */
  static final String NL_SALON = "be-establishment:2999004329";

  private CaseDemo() {}

  static void write(CaseFiles files) {
    JurisdictionProfile be = JurisdictionProfile.builtIn("be-2024");
    files.open("demo-be-1", be, BE_SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, "antw-0101", Role.PERMIT_DESK).on(day("2026-09-01"))
            .reference("demo police ordinance, massage salons, art. 3"));
    record(files, "demo-be-1", EventType.QUESTIONNAIRE_SENT, "antw-0101", Role.PERMIT_DESK, "2026-09-01");
    record(files, "demo-be-1", EventType.SUBMISSION_RECEIVED, "antw-0101", Role.PERMIT_DESK, "2026-09-15");
    files.record("demo-be-1", EventInput.of(EventType.RISK_ASSESSED, "antw-0717", Role.INTEGRITY_OFFICER)
        .on(day("2026-09-16")).assessment(screen(BE_SALON), BE_SALON, Language.EN));
    record(files, "demo-be-1", EventType.ADVICE_REQUESTED, "antw-0717", Role.INTEGRITY_OFFICER, "2026-09-17");
    files.record("demo-be-1", EventInput.of(EventType.ADVICE_RECEIVED, "antw-0717", Role.INTEGRITY_OFFICER)
        .on(day("2026-10-20")).text("DEMO: the financing of the fit-out cannot be traced."));
    files.record("demo-be-1", EventInput.of(EventType.INTENTION_ISSUED, "antw-0717", Role.INTEGRITY_OFFICER)
        .on(day("2026-10-22")).outcome(DecisionOutcome.REFUSE).grounds("art-119ter").until(day("2026-11-05"))
        .text("DEMO: intention to refuse; the operator may be heard until 5 November."));

    JurisdictionProfile nl = JurisdictionProfile.builtIn("nl-bibob");
    files.open("demo-nl-1", nl, NL_SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, "ams-0101", Role.PERMIT_DESK).on(day("2026-10-01"))
            .reference("demo Bibob policy rule, art. 2"));
    record(files, "demo-nl-1", EventType.QUESTIONNAIRE_SENT, "ams-0101", Role.PERMIT_DESK, "2026-10-01");
    record(files, "demo-nl-1", EventType.SUBMISSION_RECEIVED, "ams-0101", Role.PERMIT_DESK, "2026-10-12");
    record(files, "demo-nl-1", EventType.ADVICE_REQUESTED, "ams-0717", Role.INTEGRITY_OFFICER, "2026-10-14");
  }

  private static void record(CaseFiles files, String id, EventType type, String actor, Role role, String on) {
    files.record(id, EventInput.of(type, actor, role).on(day(on)));
  }

  private static LocalDate day(String s) {
    return LocalDate.parse(s);
  }

  /** Screens the salon on five synthetic desk observations with the business-level catalogues. */
  static ScreeningResult screen(String key) {
    SubjectReference subject = SubjectReference.of(SubjectKind.ESTABLISHMENT, key);
    List<Observation> seen = new ArrayList<>();
    for (String id : List.of("ADM-01", "ADM-02", "ADM-03", "ADM-04", "ADM-05")) {
      LocalDate d = day("2026-09-10");
      seen.add(new Observation(id, subject, ObservedPeriod.of(d, d), Agency.PERMIT_DESK, null, null, null));
    }
    Screening screening = Screening.builder().catalogue(Catalogues.hashedBuiltIn("barrier-admin"))
        .catalogue(Catalogues.hashedBuiltIn("sector-massage")).keep(Outcome.NONE).build();
    return screening.screenAll(List.of(new ObservedEstablishment(subject, Sector.MASSAGE, seen)), day("2026-09-16"))
        .withDemoLabel("DEMO-ONLY synthetic case");
  }
}
