package eu.barrier.cases.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.barrier.cases.Access;
import eu.barrier.cases.Artefact;
import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.cases.profile.JurisdictionProfile;
import eu.barrier.cases.store.ChainFault;
import eu.barrier.cases.store.ChainVerification;
import eu.barrier.cases.store.JdbcCaseStore;
import eu.barrier.cases.testing.Cases;
import eu.barrier.cases.testing.DayClock;
import eu.barrier.cases.testing.TestDatabase;
import eu.barrier.core.BarrierException;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionOutcome;
import eu.barrier.screening.decision.HumanDecision;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case procedure on a real database, run on each database by a subclass. */
abstract class CaseFilesContract {

  static final JurisdictionProfile BE = JurisdictionProfile.builtIn("be-2024");
  static final JurisdictionProfile NL = JurisdictionProfile.builtIn("nl-bibob");
  static final String SALON = Cases.beKey(42);
  static final ScreeningResult MEDIUM = Cases.screen(SALON, "ADM-01", "ADM-02", "ADM-03", "ADM-04", "ADM-05");

  private TestDatabase db;
  private JdbcCaseStore store;
  private DayClock clock;
  private CaseFiles files;

  abstract TestDatabase database();

  @BeforeEach
  void setUp() {
    db = database();
    store = db.open();
    clock = new DayClock(LocalDate.of(2026, 3, 2));
    files = CaseFiles.create(store, clock);
  }

  @AfterEach
  void tearDown() {
    // without a database (PostgreSQL not configured: the test was skipped) there is nothing to close
    if (store != null) {
      store.close();
    }
    if (db != null) {
      db.close();
    }
  }

  // ---- helpers ----

  private EventInput officer(EventType type) {
    return EventInput.of(type, Cases.OFFICER, Role.INTEGRITY_OFFICER);
  }

  private EventInput mayor() {
    return EventInput.of(EventType.DECISION_TAKEN, Cases.MAYOR, Role.DECISION_MAKER).mandate(Cases.MANDATE);
  }

  private CaseEvent at(String day, String caseId, EventInput in) {
    clock.set(LocalDate.parse(day));
    return files.record(caseId, in);
  }

  private String open(JurisdictionProfile profile, String day) {
    clock.set(LocalDate.parse(day));
    return files.open(profile, SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, "antw-0101", Role.PERMIT_DESK));
  }

  private static String code(Throwable t) {
    assertThat(t).isInstanceOf(BarrierException.class);
    return ((BarrierException) t).code();
  }

  private String refused(String caseId, EventInput in) {
    return code(catchThrowable(() -> files.record(caseId, in)));
  }

  /** A Belgian case up to the intention to refuse, with advice and an assessment. */
  private String belgianUpToIntention() {
    String id = open(BE, "2026-03-02");
    at("2026-03-02", id, EventInput.of(EventType.QUESTIONNAIRE_SENT, "antw-0101", Role.PERMIT_DESK));
    at("2026-03-16", id, EventInput.of(EventType.SUBMISSION_RECEIVED, "antw-0101", Role.PERMIT_DESK));
    at("2026-03-17", id, officer(EventType.RISK_ASSESSED).assessment(MEDIUM, SALON, Language.NL));
    at("2026-03-18", id, officer(EventType.ADVICE_REQUESTED));
    at("2026-04-20", id, officer(EventType.ADVICE_RECEIVED).text("DIOB: the financing cannot be traced."));
    at("2026-04-22", id, officer(EventType.INTENTION_ISSUED).outcome(DecisionOutcome.REFUSE).grounds("art-119ter")
        .until(LocalDate.parse("2026-05-06")).text("Intention to refuse: untraceable financing."));
    return id;
  }

  // ---- the full flow ----

  @Test
  void fixture_medium_isAMediumSignal() {
    assertThat(MEDIUM.establishments().get(0).level()).isEqualTo(Outcome.MEDIUM);
  }

  @Test
  void belgianCase_fullFlowToRegister_recordedChainedAndDecisionIsHuman() {
    String id = belgianUpToIntention();
    files.read(id, Reader.as(Role.DECISION_MAKER, Cases.MAYOR));
    at("2026-05-04", id, officer(EventType.VIEW_RECEIVED).text("The operator says a relative lent the money."));
    CaseEvent decided = at("2026-05-11", id, mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter")
        .secondReviewer(Cases.REVIEWER).evidence(5, 7).views("The loan is not documented; the view does not change the finding.")
        .text("Refused: the financing of the fit-out cannot be traced, after the DIOB advice and the hearing."));
    at("2026-05-12", id, EventInput.of(EventType.DECISION_NOTIFIED, "antw-0101", Role.PERMIT_DESK));
    at("2026-05-13", id, officer(EventType.REGISTER_NOTIFIED));

    HumanDecision d = HumanDecision.parse(decided.details().decision().record().getBytes(StandardCharsets.UTF_8));
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.REFUSE);
    assertThat(d.decisionMaker().staffId()).isEqualTo(Cases.MAYOR);
    assertThat(d.signalViewed()).as("derived from the score-viewed event of the read").isTrue();
    assertThat(d.assessmentSha256()).isEqualTo(MEDIUM.establishments().get(0).sha256());
    assertThat(d.agreesWithSignal()).isTrue();
    EventDetails.ScoreContext score = decided.details().decision().score();
    assertThat(score.level()).isEqualTo("medium");
    assertThat(score.catalogues()).hasSize(2).allMatch(c -> c.contains("@"));
    assertThat(score.viewed()).isTrue();
    assertThat(decided.details().decision().evidence()).containsExactly(5L, 7L);

    CaseView officerView = files.read(id, Reader.as(Role.INTEGRITY_OFFICER));
    assertThat(officerView.state()).isEqualTo(CaseState.REGISTERED);
    assertThat(officerView.events()).extracting(VisibleEvent::type).contains(EventType.SCORE_VIEWED);
    assertThat(files.verify(id).isIntact()).isTrue();
    assertThat(files.verify()).allMatch(ChainVerification::isIntact);
  }

  // ---- illegal transitions ----

  @Test
  void adviceReceived_neverRequested_refusedWithCode() {
    String id = open(NL, "2026-03-02");
    assertThat(refused(id, officer(EventType.ADVICE_RECEIVED).degree("a-ground", DangerDegree.LESSER)))
        .isEqualTo("BARRIER-CASE-0102");
    assertThat(refused(id, officer(EventType.ADVICE_TERM_EXTENDED))).isEqualTo("BARRIER-CASE-0102");
    assertThat(files.clocks(id)).isNotEmpty();
  }

  @Test
  void refusal_withoutIntentionOrBeforeTheViewsPeriodEnds_refused() {
    String id = open(BE, "2026-03-02");
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Refused on the file."))).isEqualTo("BARRIER-CASE-0103");
    at("2026-03-03", id, officer(EventType.INTENTION_ISSUED).outcome(DecisionOutcome.SUSPEND).grounds("art-119ter")
        .until(LocalDate.parse("2026-03-17")));
    clock.set(LocalDate.parse("2026-03-10"));
    EventInput refusal = mayor().outcome(DecisionOutcome.SUSPEND).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Suspended for three months.");
    assertThat(refused(id, refusal)).as("views period still open").isEqualTo("BARRIER-CASE-0103");
    clock.set(LocalDate.parse("2026-03-18"));
    assertThat(refused(id, mayor().outcome(DecisionOutcome.CLOSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Closed."))).as("heard on a suspension, not a closure").isEqualTo("BARRIER-CASE-0103");
    assertThat(files.record(id, refusal).details().outcome()).isEqualTo(DecisionOutcome.SUSPEND);
  }

  @Test
  void decision_withoutHumanOrOwnWords_refusedWithTheDecisionRecordCodes() {
    String id = belgianUpToIntention();
    clock.set(LocalDate.parse("2026-05-07"));
    EventInput noText = mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER);
    assertThat(refused(id, noText)).isEqualTo(ScreeningError.DECISION_MOTIVATION.code());
    String explanation = MEDIUM.establishments().get(0).assessments().get(0).explanation(Language.EN);
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text(explanation))).isEqualTo(ScreeningError.DECISION_MOTIVATION.code());
    assertThat(refused(id, EventInput.of(EventType.DECISION_TAKEN, "system-batch", Role.DECISION_MAKER)
        .mandate(Cases.MANDATE).outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Refused."))).isEqualTo(ScreeningError.DECISION_ACTOR.code());
    assertThat(refused(id, EventInput.of(EventType.DECISION_TAKEN, Cases.MAYOR, Role.DECISION_MAKER)
        .outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER).text("Refused.")))
        .as("no mandate").isEqualTo(ScreeningError.DECISION_ACTOR.code());
    assertThat(refused(id, EventInput.of(EventType.DECISION_TAKEN, Cases.OFFICER, Role.INTEGRITY_OFFICER)
        .mandate(Cases.MANDATE).outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Refused."))).isEqualTo("BARRIER-CASE-0104");
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter").text("Refused.")))
        .isEqualTo(ScreeningError.DECISION_FOUR_EYES.code());
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).secondReviewer(Cases.REVIEWER).text("Refused.")))
        .isEqualTo("BARRIER-CASE-0111");
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).grounds("commit-offences")
        .secondReviewer(Cases.REVIEWER).text("Refused."))).as("unverified ground is off").isEqualTo("BARRIER-CASE-0111");
    assertThat(refused(id, mayor().outcome(DecisionOutcome.REFUSE).grounds("art-119ter").secondReviewer(Cases.REVIEWER)
        .text("Refused.").evidence(99))).isEqualTo("BARRIER-CASE-0112");
    assertThat(files.read(id, Reader.as(Role.INTEGRITY_OFFICER)).state()).isEqualTo(CaseState.INTENTION_ISSUED);
  }

  @Test
  void decision_whileAdviceAwaited_refused() {
    String id = open(NL, "2026-03-02");
    at("2026-03-03", id, officer(EventType.ADVICE_REQUESTED));
    assertThat(refused(id, mayor().danger(DangerDegree.NONE).outcome(DecisionOutcome.GRANT).text("Granted.")))
        .isEqualTo("BARRIER-CASE-0107");
    assertThat(refused(id, officer(EventType.ADVICE_REQUESTED))).isEqualTo("BARRIER-CASE-0101");
  }

  @Test
  void belgianConditionalGrant_offByDefault_onWhenTheMunicipalityConfiguresIt() {
    String id = open(BE, "2026-03-02");
    EventInput conditions = mayor().outcome(DecisionOutcome.GRANT_WITH_CONDITIONS).text("Granted: staff register.");
    assertThat(refused(id, conditions)).isEqualTo(ScreeningError.DECISION_OUTCOME.code());
    String configured = files.open(BE.withOutcome(DecisionOutcome.GRANT_WITH_CONDITIONS), SALON, Trigger.SCOPE,
        EventInput.of(EventType.CASE_OPENED, "antw-0101", Role.PERMIT_DESK));
    CaseEvent e = files.record(configured, mayor().outcome(DecisionOutcome.GRANT_WITH_CONDITIONS)
        .text("Granted: staff register shown every quarter."));
    HumanDecision d = HumanDecision.parse(e.details().decision().record().getBytes(StandardCharsets.UTF_8));
    assertThat(d.outcomeVerified()).isFalse();
    assertThat(d.hasAssessment()).isFalse();
  }

  @Test
  void notProcessed_onlyAfterAnIncompleteSubmission() {
    JurisdictionProfile nl = NL.withOutcome(DecisionOutcome.NOT_PROCESSED);
    clock.set(LocalDate.parse("2026-03-02"));
    String id = files.open(nl, SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, "ams-0101", Role.PERMIT_DESK));
    at("2026-03-02", id, officer(EventType.QUESTIONNAIRE_SENT));
    EventInput notProcessed = mayor().outcome(DecisionOutcome.NOT_PROCESSED).text("The questionnaire was not returned.");
    assertThat(refused(id, notProcessed)).isEqualTo("BARRIER-CASE-0108");
    at("2026-04-02", id, officer(EventType.SUBMISSION_INCOMPLETE));
    assertThat(files.record(id, notProcessed).type()).isEqualTo(EventType.DECISION_TAKEN);
    assertThat(files.agreement().notOnTheMerits()).isEqualTo(1);
  }

  @Test
  void eventDay_beforeThePreviousOrInTheFuture_refused() {
    String id = open(NL, "2026-03-02");
    clock.set(LocalDate.parse("2026-03-10"));
    assertThat(refused(id, officer(EventType.EVIDENCE_REQUESTED).on(LocalDate.parse("2026-03-01"))))
        .isEqualTo("BARRIER-CASE-0402");
    assertThat(refused(id, officer(EventType.EVIDENCE_REQUESTED).on(LocalDate.parse("2026-03-11"))))
        .isEqualTo("BARRIER-CASE-0402");
    assertThat(refused(id, officer(EventType.EVIDENCE_REQUESTED).outcome(DecisionOutcome.REFUSE)))
        .isEqualTo("BARRIER-CASE-0401");
    assertThat(refused(id, officer(EventType.EVIDENCE_REQUESTED).basis("nl-awb-objection")))
        .as("an unverified basis is off").isEqualTo("BARRIER-CASE-0202");
    assertThat(files.record(id, officer(EventType.EVIDENCE_REQUESTED).on(LocalDate.parse("2026-03-09"))
        .basis("nl-police-data-4-3").reference("police infodesk")).occurredOn()).isEqualTo("2026-03-09");
  }

  // ---- need-to-know ----

  @Test
  void read_everyRole_seesExactlyItsCellsAndPartialCellsCarryNoContent() {
    String id = belgianUpToIntention();
    at("2026-04-23", id, officer(EventType.EVIDENCE_RECEIVED).reference("police infodesk").text("Two reports."));
    CaseRecord all = files.load(id);
    for (Role role : Role.values()) {
      CaseView view = CaseFiles.view(all, role);
      List<Long> expected = new ArrayList<>();
      for (CaseEvent e : all.events) {
        if (BE.access(e.type().artefact(), role) != Access.NONE) {
          expected.add(e.seq());
        }
      }
      assertThat(view.events()).extracting(VisibleEvent::seq).as(role.id()).containsExactlyElementsOf(expected);
      for (VisibleEvent v : view.events()) {
        Access cell = BE.access(v.type().artefact(), role);
        assertThat(v.access()).isEqualTo(cell);
        assertThat(v.details().isPresent()).as("%s %s", role, v).isEqualTo(cell.showsContent());
        assertThat(v.actor().isPresent()).isEqualTo(cell.showsContent());
      }
      assertThat(view.deadlines().isEmpty()).isEqualTo(!role.insideMunicipality());
    }
    CaseView desk = CaseFiles.view(all, Role.PERMIT_DESK);
    assertThat(desk.events()).extracting(VisibleEvent::type).doesNotContain(EventType.RISK_ASSESSED,
        EventType.ADVICE_RECEIVED, EventType.EVIDENCE_RECEIVED);
    VisibleEvent intention = desk.events().stream().filter(v -> v.type() == EventType.INTENTION_ISSUED).findFirst()
        .orElseThrow();
    assertThat(intention.outcome()).as("permit desk: outcome only").contains(DecisionOutcome.REFUSE);
    assertThat(intention.details()).isEmpty();
    assertThat(CaseFiles.view(all, Role.THIRD_PARTY).establishment()).isEmpty();
  }

  @Test
  void read_advisoryBodyBeforeAndAfterRequest_seesApplicationOnlyOnceAsked() {
    String id = open(NL, "2026-03-02");
    assertThat(CaseFiles.view(files.load(id), Role.ADVISORY_BODY).events()).isEmpty();
    at("2026-03-03", id, officer(EventType.ADVICE_REQUESTED));
    assertThat(CaseFiles.view(files.load(id), Role.ADVISORY_BODY).events()).extracting(VisibleEvent::type)
        .containsExactly(EventType.CASE_OPENED, EventType.ADVICE_REQUESTED);
  }

  @Test
  void read_outsideTheMunicipality_needsABasisAndWritesADisclosure() {
    String id = open(NL, "2026-03-02");
    at("2026-03-03", id, officer(EventType.RISK_ASSESSED).assessment(MEDIUM, SALON, Language.NL));
    assertThat(code(catchThrowable(() -> files.read(id, Reader.as(Role.RIEC))))).isEqualTo("BARRIER-CASE-0201");
    assertThat(code(catchThrowable(() -> files.read(id, Reader.disclosure(Role.RIEC, Cases.OFFICER,
        Role.INTEGRITY_OFFICER, "nl-bibob-art-28-person-concerned"))))).isEqualTo("BARRIER-CASE-0201");
    assertThat(code(catchThrowable(() -> files.read(id, Reader.disclosure(Role.RIEC, Cases.OFFICER,
        Role.PERMIT_DESK, "nl-bibob-art-28-riec"))))).isEqualTo("BARRIER-CASE-0104");
    CaseView riec = files.read(id, Reader.disclosure(Role.RIEC, Cases.OFFICER, Role.INTEGRITY_OFFICER,
        "nl-bibob-art-28-riec"));
    assertThat(riec.events()).allMatch(v -> v.details().isEmpty());
    assertThat(riec.disclosure()).contains(3L);
    CaseView dpo = files.read(id, Reader.as(Role.DPO));
    VisibleEvent disclosure = files.read(id, Reader.as(Role.DPO)).events().stream()
        .filter(v -> v.type() == EventType.DISCLOSURE_MADE).findFirst().orElseThrow();
    assertThat(dpo.events()).extracting(VisibleEvent::type).contains(EventType.DISCLOSURE_MADE);
    EventDetails d = disclosure.details().orElseThrow();
    assertThat(d.recipient()).isEqualTo(Role.RIEC);
    assertThat(d.events()).containsExactly(1L, 2L);
    assertThat(d.artefacts()).containsExactlyInAnyOrder(Artefact.APPLICATION, Artefact.RISK_SCORE);
    assertThat(disclosure.basis()).contains("nl-bibob-art-28-riec");
    assertThat(code(catchThrowable(() -> files.read(id, Reader.disclosure(Role.INTEGRITY_OFFICER, Cases.OFFICER,
        Role.INTEGRITY_OFFICER, "nl-bibob-art-28-riec"))))).isEqualTo("BARRIER-CASE-0201");
  }

  @Test
  void read_belgianApplicant_deniedUntilTheMunicipalityTurnsAnUnverifiedBasisOn() {
    String id = open(BE, "2026-03-02");
    Reader applicant = Reader.disclosure(Role.APPLICANT, Cases.OFFICER, Role.INTEGRITY_OFFICER, "be-hearing");
    assertThat(code(catchThrowable(() -> files.read(id, applicant)))).isEqualTo("BARRIER-CASE-0202");
    String configured = files.open(BE.withBasis("be-hearing"), SALON, Trigger.SCOPE,
        EventInput.of(EventType.CASE_OPENED, "antw-0101", Role.PERMIT_DESK));
    assertThat(files.read(configured, applicant).disclosure()).contains(2L);
  }

  // ---- clocks ----

  @Test
  void clocks_lbbTermExtendedAndSuspended_dueDatesAsTheProfileSays() {
    JurisdictionProfile nl = NL.withDeadline("decision-term", Period.ofWeeks(8), "APV Amsterdam art. 3.4 (test)");
    clock.set(LocalDate.parse("2026-03-02"));
    String id = files.open(nl, SALON, Trigger.APPLICATION,
        EventInput.of(EventType.CASE_OPENED, "ams-0101", Role.PERMIT_DESK));
    at("2026-03-09", id, officer(EventType.ADVICE_REQUESTED));
    assertThat(due(id, "advice-term")).isEqualTo("2026-05-04");
    assertThat(files.clocks(id).stream().filter(d -> d.id().equals("decision-term")).findFirst().orElseThrow().status())
        .isEqualTo(Deadline.Status.SUSPENDED);
    at("2026-04-06", id, EventInput.of(EventType.ADVICE_TERM_EXTENDED, "lbb-01", Role.ADVISORY_BODY));
    assertThat(due(id, "advice-term")).isEqualTo("2026-06-01");
    assertThat(refused(id, EventInput.of(EventType.ADVICE_TERM_EXTENDED, "lbb-01", Role.ADVISORY_BODY)))
        .isEqualTo("BARRIER-CASE-0106");
    at("2026-04-10", id, EventInput.of(EventType.ADVICE_QUESTION_SENT, "lbb-01", Role.ADVISORY_BODY));
    at("2026-04-20", id, EventInput.of(EventType.ADVICE_QUESTION_ANSWERED, "lbb-01", Role.ADVISORY_BODY));
    assertThat(due(id, "advice-term")).as("10 days of questions").isEqualTo("2026-06-11");
    at("2026-07-20", id, officer(EventType.ADVICE_RECEIVED).degree("a-ground", DangerDegree.LESSER)
        .degree("b-ground", DangerDegree.NONE));
    // decision term: 8 weeks from 2 March, plus the advice (capped at 12 weeks, questions excluded) and the questions
    assertThat(due(id, "decision-term")).isEqualTo(LocalDate.parse("2026-04-27").plusDays(84 + 10).toString());
    assertThat(files.clocks(id).stream().filter(d -> d.id().equals("advice-term")).findFirst().orElseThrow().status())
        .isEqualTo(Deadline.Status.MET);
    assertThat(files.due(LocalDate.parse("2026-07-29"))).isEmpty();
    assertThat(files.due(LocalDate.parse("2026-07-30"))).extracting(Deadline::id).containsExactly("decision-term");
  }

  private String due(String caseId, String deadline) {
    return files.clocks(caseId).stream().filter(d -> d.id().equals(deadline)).findFirst().orElseThrow().dueOn()
        .map(LocalDate::toString).orElse("none");
  }

  @Test
  void clocks_belgianDefaults_unsetSoOnlyTheIntentionsOwnViewsDeadlineIsDue() {
    String id = belgianUpToIntention();
    assertThat(files.clocks(id)).filteredOn(d -> d.status() == Deadline.Status.RUNNING).extracting(Deadline::id)
        .containsExactly("views-period");
    assertThat(files.clocks(id)).filteredOn(d -> d.id().equals("investigation-term") || d.id().equals("decision-term"))
        .extracting(Deadline::status).containsOnly(Deadline.Status.UNSET);
    assertThat(files.due(LocalDate.parse("2026-05-05"))).isEmpty();
    assertThat(files.due(LocalDate.parse("2026-05-06"))).extracting(Deadline::id).containsExactly("views-period");
    String configured = files.open(BE.withDeadline("investigation-term", Period.ofMonths(6),
        "police ordinance Antwerp 2026 art. 4 (test)"), SALON, Trigger.SCOPE,
        EventInput.of(EventType.CASE_OPENED, "antw-0101", Role.PERMIT_DESK));
    assertThat(files.due(LocalDate.parse("2026-10-22"))).extracting(Deadline::caseId, Deadline::id)
        .contains(org.assertj.core.groups.Tuple.tuple(configured, "investigation-term"));
  }

  // ---- monitoring ----

  @Test
  void agreement_decisionsPerBand_countedForAutomationBias() {
    for (int i = 0; i < 3; i++) {
      String id = open(NL, "2026-03-02");
      files.record(id, officer(EventType.RISK_ASSESSED).assessment(MEDIUM, SALON, Language.EN));
      files.record(id, mayor().danger(DangerDegree.NONE).outcome(DecisionOutcome.GRANT)
          .text("No danger: the desk signals were explained by the operator."));
    }
    String id = open(NL, "2026-03-02");
    files.record(id, mayor().danger(DangerDegree.NONE).outcome(DecisionOutcome.GRANT).text("Nothing found."));
    AgreementReport report = files.agreement();
    assertThat(report.bands().get(Outcome.MEDIUM)).isEqualTo(new AgreementReport.Band(0, 3));
    assertThat(report.bands().get(Outcome.MEDIUM).disagreementRate()).isEqualTo(1.0);
    assertThat(report.bands().get(Outcome.HIGH)).isEqualTo(new AgreementReport.Band(0, 0));
    assertThat(report.withoutAssessment()).isEqualTo(1);
  }

  // ---- integrity and concurrency ----

  @Test
  void editedEventRow_detectedByVerifyAndTheCaseIsNoLongerReadOrWritten() {
    String id = belgianUpToIntention();
    db.execute("UPDATE barrier_case_event SET details = REPLACE(details, 'cannot be traced', 'is in order') "
        + "WHERE case_id = '" + id + "' AND seq = 6");
    ChainVerification v = files.verify(id);
    assertThat(v.fault()).contains(ChainFault.EDITED);
    assertThat(v.seq()).contains(6L);
    assertThat(code(catchThrowable(() -> files.read(id, Reader.as(Role.INTEGRITY_OFFICER)))))
        .isEqualTo("BARRIER-CASE-0306");
    assertThat(refused(id, officer(EventType.VIEW_RECEIVED))).isEqualTo("BARRIER-CASE-0306");
  }

  @Test
  void profileRowSwapped_detectedAsABrokenOpening() {
    String id = open(BE, "2026-03-02");
    String other = new String(NL.toJson(), StandardCharsets.UTF_8).replace("'", "''");
    db.execute("UPDATE barrier_case SET profile_document = '" + other + "' WHERE case_id = '" + id + "'");
    assertThat(files.verify(id).fault()).contains(ChainFault.OPENING);
  }

  @Test
  void concurrentWriters_onOneCase_serialisedWithoutLossAndChainIntact() throws Exception {
    String id = open(NL, "2026-03-02");
    int threads = 6;
    int each = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      String actor = "ams-07" + t;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < each; i++) {
          files.record(id, EventInput.of(EventType.EVIDENCE_RECEIVED, actor, Role.INTEGRITY_OFFICER)
              .reference("source " + i));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    CaseRecord c = files.load(id);
    assertThat(c.events).hasSize(1 + threads * each);
    assertThat(c.events).extracting(CaseEvent::seq).doesNotHaveDuplicates();
    assertThat(Set.copyOf(c.events.stream().map(CaseEvent::actor).toList())).hasSize(threads + 1);
    assertThat(files.verify(id).isIntact()).isTrue();
  }

  @Test
  void store_staleVersion_exactlyOneOfTwoWritersWins() {
    String id = open(NL, "2026-03-02");
    CaseRecord seen = files.load(id);
    store.append(id, seen.version(), new eu.barrier.cases.store.NewEvent(EventType.EVIDENCE_RECEIVED, "ams-0701",
        Role.INTEGRITY_OFFICER, LocalDate.parse("2026-03-02"), clock.instant(), "nl-bibob-art-7a", "{}"));
    CaseException lost = (CaseException) catchThrowable(() -> store.append(id, seen.version(),
        new eu.barrier.cases.store.NewEvent(EventType.EVIDENCE_RECEIVED, "ams-0702", Role.INTEGRITY_OFFICER,
            LocalDate.parse("2026-03-02"), clock.instant(), "nl-bibob-art-7a", "{}")));
    assertThat(lost.error()).isEqualTo(CaseError.CONCURRENT_CHANGE);
  }

  @Test
  void toStrings_ofEventsViewsAndDetails_holdNoPersonalData() {
    String id = belgianUpToIntention();
    CaseView view = files.read(id, Reader.as(Role.LEGAL_ADVISER));
    List<Object> shown = new ArrayList<>(view.events());
    shown.add(view);
    view.events().forEach(v -> v.details().ifPresent(shown::add));
    files.load(id).events.forEach(shown::add);
    for (Object o : shown) {
      assertThat(o.toString()).doesNotContain(SALON).doesNotContain(Cases.OFFICER).doesNotContain("financing");
    }
  }
}
