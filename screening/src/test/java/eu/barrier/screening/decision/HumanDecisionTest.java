package eu.barrier.screening.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditRecord;
import eu.barrier.privacy.audit.InMemoryAuditSink;
import eu.barrier.screening.Fixtures;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class HumanDecisionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T09:30:00Z"), ZoneOffset.UTC);
  private static final DecisionMaker OFFICER = new DecisionMaker("antw-0717", "integrity officer",
      "decision of the college 2026/17");
  private static final DecisionMaker REVIEWER = new DecisionMaker("antw-0902", "head of the integrity cell",
      "decision of the college 2026/17");
  private static final ScreenedEstablishment MEDIUM = Screening.builder().build().screen(Fixtures.establishment(
      Fixtures.beKey(42), Sector.MASSAGE, "ADM-01", "ADM-03", "ADM-05", "ADM-07"), Fixtures.AS_OF);

  private InMemoryAuditSink sink;
  private DecisionRecorder recorder;

  @BeforeEach
  void setUp() {
    sink = new InMemoryAuditSink();
    recorder = DecisionRecorder.create(AuditLog.open(sink, CLOCK), CLOCK);
  }

  private HumanDecision.Draft draft(LegalGround ground) {
    return HumanDecision.draft(ground, OFFICER, MEDIUM).signalViewed(true)
        .motivation("The signals come from one desk visit; a joint inspection follows within three months.");
  }

  private ScreeningError refused(HumanDecision.Draft d) {
    return catchThrowableOfType(ScreeningException.class, () -> recorder.decide(d)).error();
  }

  @Test
  void decide_belgianGrant_recordedWithHashLevelAndAudited() {
    HumanDecision d = recorder.decide(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.GRANT));
    assertThat(d.assessmentSha256()).isEqualTo(MEDIUM.sha256());
    assertThat(d.signalLevel().id()).isEqualTo("medium");
    assertThat(d.agreesWithSignal()).isFalse();
    assertThat(d.decidedAt()).isEqualTo(CLOCK.instant());
    List<AuditRecord> log = sink.records();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).event().action()).isEqualTo(AuditAction.DECIDE);
    assertThat(log.get(0).event().actor()).isEqualTo("antw-0717");
    assertThat(log.get(0).event().reference()).contains(MEDIUM.sha256());
    assertThat(log.get(0).event().reason()).contains("grant");
    assertThat(log.get(0).event().purpose()).contains("be-2024-integrity-screening");
    assertThat(log.get(0).toJsonLine()).doesNotContain("desk visit").doesNotContain("2999");
  }

  @Test
  void shown_writesShowEntryWithTheAssessmentHash() {
    recorder.shown(OFFICER, MEDIUM);
    AuditRecord r = sink.records().get(0);
    assertThat(r.event().action()).isEqualTo(AuditAction.SHOW);
    assertThat(r.event().reference()).contains(MEDIUM.sha256());
    assertThat(r.hashMatches()).isTrue();
  }

  @Test
  void decide_motivationCopiedFromExplanation_refused() {
    String explanation = MEDIUM.assessments().get(0).explanation(Language.FR);
    assertThat(refused(HumanDecision.draft(LegalGround.BE_INTEGRITY_SCREENING_2024, OFFICER, MEDIUM)
        .outcome(DecisionOutcome.GRANT).motivation("  " + explanation.toUpperCase(java.util.Locale.ROOT) + " ")))
        .isEqualTo(ScreeningError.DECISION_MOTIVATION);
    assertThat(refused(HumanDecision.draft(LegalGround.BE_INTEGRITY_SCREENING_2024, OFFICER, MEDIUM)
        .outcome(DecisionOutcome.GRANT).motivation("   "))).isEqualTo(ScreeningError.DECISION_MOTIVATION);
    assertThat(sink.records()).isEmpty();
  }

  @Test
  void decide_adverseWithoutSecondReviewer_refused() {
    assertThat(refused(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.CLOSE)))
        .isEqualTo(ScreeningError.DECISION_FOUR_EYES);
    assertThat(refused(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.CLOSE)
        .secondReviewer(OFFICER))).isEqualTo(ScreeningError.DECISION_FOUR_EYES);
    HumanDecision d = recorder.decide(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.CLOSE)
        .secondReviewer(REVIEWER));
    assertThat(d.agreesWithSignal()).isTrue();
  }

  @Test
  void decide_outcomesOfTheGround_onlyThoseOpen() {
    assertThat(refused(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.GRANT_WITH_CONDITIONS)))
        .isEqualTo(ScreeningError.DECISION_OUTCOME);
    assertThat(refused(draft(LegalGround.NL_BIBOB).outcome(DecisionOutcome.GRANT)))
        .as("Bibob needs the degree of danger").isEqualTo(ScreeningError.DECISION_OUTCOME);
    assertThat(refused(draft(LegalGround.NL_BIBOB).danger(DangerDegree.NONE).outcome(DecisionOutcome.REFUSE)
        .secondReviewer(REVIEWER).proportionality("x"))).isEqualTo(ScreeningError.DECISION_OUTCOME);
    assertThat(refused(draft(LegalGround.NL_BIBOB).danger(DangerDegree.LESSER).outcome(DecisionOutcome.SUSPEND)
        .secondReviewer(REVIEWER).proportionality("x"))).isEqualTo(ScreeningError.DECISION_OUTCOME);
    assertThat(refused(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).danger(DangerDegree.SERIOUS)
        .outcome(DecisionOutcome.GRANT))).isEqualTo(ScreeningError.DECISION_OUTCOME);
    assertThat(refused(draft(LegalGround.BE_INTEGRITY_SCREENING_2024))).isEqualTo(ScreeningError.DECISION_OUTCOME);
  }

  @Test
  void decide_bibobRefusalWithoutProportionality_refused() {
    assertThat(refused(draft(LegalGround.NL_BIBOB).danger(DangerDegree.SERIOUS).outcome(DecisionOutcome.REFUSE)
        .secondReviewer(REVIEWER))).isEqualTo(ScreeningError.DECISION_PROPORTIONALITY);
    HumanDecision d = recorder.decide(draft(LegalGround.NL_BIBOB).danger(DangerDegree.SERIOUS)
        .outcome(DecisionOutcome.REFUSE).secondReviewer(REVIEWER)
        .proportionality("Conditions were considered; the financing cannot be made transparent by conditions."));
    assertThat(d.danger()).contains(DangerDegree.SERIOUS);
  }

  @Test
  void decisionMaker_systemAccountOrBlankRole_refused() {
    for (String id : List.of("barrier-screen", "system", "Batch-7", "auto:1", "")) {
      assertThat(catchThrowableOfType(ScreeningException.class, () -> new DecisionMaker(id, "officer", "m")).error())
          .as(id).isEqualTo(ScreeningError.DECISION_ACTOR);
    }
    assertThat(catchThrowableOfType(ScreeningException.class, () -> new DecisionMaker("antw-1", " ", "m")).error())
        .isEqualTo(ScreeningError.DECISION_ACTOR);
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> new DecisionMaker("Jan Janssens", "officer", "m")).error()).isEqualTo(ScreeningError.DECISION_ACTOR);
  }

  @Test
  void parse_stored_equalsAndSameBytes() {
    HumanDecision d = recorder.decide(draft(LegalGround.NL_BIBOB).danger(DangerDegree.LESSER)
        .outcome(DecisionOutcome.GRANT_WITH_CONDITIONS));
    byte[] json = d.toJson();
    HumanDecision back = HumanDecision.parse(json);
    assertThat(back).isEqualTo(d);
    assertThat(back.toJson()).isEqualTo(json);
    assertThat(back.sha256()).isEqualTo(d.sha256());
    assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"format\":\"barrier.human-decision/1\"");
  }

  @Test
  void parse_adverseWithoutReviewerByHand_refused() {
    HumanDecision d = recorder.decide(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.CLOSE)
        .secondReviewer(REVIEWER));
    String json = new String(d.toJson(), StandardCharsets.UTF_8);
    String stripped = json.replaceAll(",\"secondReviewer\":\\{[^}]*\\}", "");
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> HumanDecision.parse(stripped.getBytes(StandardCharsets.UTF_8))).error())
        .isEqualTo(ScreeningError.DECISION_FOUR_EYES);
  }

  @Test
  void parse_garbage_malformedOnly() {
    for (String s : List.of("", "{}", "[]", "{\"format\":\"barrier.human-decision/1\"}", "nul")) {
      assertThat(catchThrowableOfType(ScreeningException.class,
          () -> HumanDecision.parse(s.getBytes(StandardCharsets.UTF_8))).error()).as(s)
          .isEqualTo(ScreeningError.DECISION_MALFORMED);
    }
  }

  @Test
  void toString_noStaffIdMotivationOrKey() {
    HumanDecision d = recorder.decide(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.GRANT));
    assertThat(d.toString()).doesNotContain("antw-0717").doesNotContain("desk visit").doesNotContain("2999");
    assertThat(OFFICER.toString()).doesNotContain("antw-0717");
  }

  @Test
  void decide_belgianConditionalGrantTurnedOn_allowedAndMarkedUnverified() {
    DecisionFrame frame = DecisionFrame.of(LegalGround.BE_INTEGRITY_SCREENING_2024)
        .enable(DecisionOutcome.GRANT_WITH_CONDITIONS);
    HumanDecision d = recorder.decide(HumanDecision.draft(frame, OFFICER, MEDIUM).signalViewed(true)
        .outcome(DecisionOutcome.GRANT_WITH_CONDITIONS).motivation("Conditions: staff register every quarter."));
    assertThat(d.outcomeVerified()).isFalse();
    assertThat(new String(d.toJson(), StandardCharsets.UTF_8)).endsWith(",\"unverifiedOutcome\":true}");
    assertThat(HumanDecision.parse(d.toJson())).isEqualTo(d);
    String unflagged = new String(d.toJson(), StandardCharsets.UTF_8).replace(",\"unverifiedOutcome\":true", "");
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> HumanDecision.parse(unflagged.getBytes(StandardCharsets.UTF_8))).error())
        .isEqualTo(ScreeningError.DECISION_OUTCOME);
  }

  @Test
  void decide_verifiedOutcome_carriesNoUnverifiedFlagAndFlagByHandRefused() {
    HumanDecision d = recorder.decide(draft(LegalGround.BE_INTEGRITY_SCREENING_2024).outcome(DecisionOutcome.GRANT));
    assertThat(d.outcomeVerified()).isTrue();
    String json = new String(d.toJson(), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("unverifiedOutcome");
    String flagged = json.substring(0, json.length() - 1) + ",\"unverifiedOutcome\":true}";
    assertThat(catchThrowableOfType(ScreeningException.class,
        () -> HumanDecision.parse(flagged.getBytes(StandardCharsets.UTF_8))).error())
        .isEqualTo(ScreeningError.DECISION_OUTCOME);
  }

  @Test
  void frame_unverifiedOutcomes_offByDefaultAndOnlyKnownOnesCanBeTurnedOn() {
    for (LegalGround ground : LegalGround.values()) {
      DecisionFrame frame = DecisionFrame.of(ground);
      for (OutcomeRule rule : ground.outcomeRules()) {
        assertThat(frame.outcomes().contains(rule.outcome())).as("%s %s", ground, rule.outcome())
            .isEqualTo(rule.status() == EvidenceStatus.VERIFIED);
        assertThat(rule.source()).contains(rule.status().marker());
      }
    }
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> DecisionFrame.of(LegalGround.NL_BIBOB).enable(DecisionOutcome.CLOSE))).isNotNull();
    assertThat(catchThrowableOfType(IllegalArgumentException.class,
        () -> DecisionFrame.of(LegalGround.NL_BIBOB).enable(DecisionOutcome.REFUSE))).isNotNull();
    assertThat(LegalGround.BE_INTEGRITY_SCREENING_2024.outcomes()).containsExactlyInAnyOrder(DecisionOutcome.GRANT,
        DecisionOutcome.REFUSE, DecisionOutcome.SUSPEND, DecisionOutcome.WITHDRAW, DecisionOutcome.CLOSE);
  }

  @Test
  void decide_withoutAssessment_noReferenceNoAgreementAndRoundTrips() {
    HumanDecision d = recorder.decide(HumanDecision.draft(DecisionFrame.of(LegalGround.NL_BIBOB), OFFICER)
        .signalViewed(true).danger(DangerDegree.NONE).outcome(DecisionOutcome.GRANT)
        .motivation("Nothing in the file points to a danger."));
    assertThat(d.hasAssessment()).isFalse();
    assertThat(d.signalViewed()).as("no signal to view").isFalse();
    assertThat(d.agreement()).isEmpty();
    assertThat(catchThrowableOfType(IllegalStateException.class, d::assessmentSha256)).isNotNull();
    assertThat(HumanDecision.parse(d.toJson())).isEqualTo(d);
    assertThat(sink.records().get(0).event().reference()).isEmpty();
  }

  @Test
  void decide_notProcessedTurnedOn_notOnTheMeritsSoNoAgreement() {
    DecisionFrame frame = DecisionFrame.of(LegalGround.NL_BIBOB).enable(DecisionOutcome.NOT_PROCESSED);
    assertThat(refused(HumanDecision.draft(frame, OFFICER, MEDIUM).danger(DangerDegree.NONE)
        .outcome(DecisionOutcome.NOT_PROCESSED).motivation("The questionnaire was not returned.")))
        .as("not processed is taken without a degree of danger").isEqualTo(ScreeningError.DECISION_OUTCOME);
    HumanDecision d = recorder.decide(HumanDecision.draft(frame, OFFICER, MEDIUM)
        .outcome(DecisionOutcome.NOT_PROCESSED).motivation("The questionnaire was not returned."));
    assertThat(d.agreement()).isEmpty();
    assertThat(HumanDecision.parse(d.toJson())).isEqualTo(d);
    assertThat(refused(draft(LegalGround.NL_BIBOB).outcome(DecisionOutcome.NOT_PROCESSED)))
        .as("off by default").isEqualTo(ScreeningError.DECISION_OUTCOME);
  }
}
