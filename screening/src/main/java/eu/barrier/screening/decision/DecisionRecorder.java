package eu.barrier.screening.decision;

import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.screening.ScreenedEstablishment;
import java.time.Clock;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes the human side of a screening to the hash-chained audit log: that an assessment was shown
 * to an official ({@link AuditAction#SHOW}) and that a person decided on it ({@link
 * AuditAction#DECIDE}). Each entry names the official by staff id and the assessment by its
 * SHA-256; no name, key, motivation or other personal data is written. Thread-safe when the audit
 * log is (an {@link AuditLog} is).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DecisionRecorder {

  /** The purpose label of {@link AuditAction#SHOW} entries. */
  public static final String REVIEW_PURPOSE = "screening-review";

  private final AuditLog audit;
  private final Clock clock;

  private DecisionRecorder(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Creates a recorder.
   *
   * @param audit the audit log
   * @param clock the clock of {@link HumanDecision#decidedAt()}
   * @return the recorder
   */
  public static DecisionRecorder create(AuditLog audit, Clock clock) {
    return new DecisionRecorder(Objects.requireNonNull(audit, "audit"), Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Records that an assessment was shown to an official.
   *
   * @param official who saw it
   * @param establishment what was shown
   */
  public void shown(DecisionMaker official, ScreenedEstablishment establishment) {
    Objects.requireNonNull(official, "official");
    audit.append(AuditEvent.builder(AuditAction.SHOW, official.staffId()).purpose(REVIEW_PURPOSE).count(1)
        .reference(establishment.sha256()).build());
  }

  /**
   * Checks a decision and writes it to the audit log.
   *
   * @param draft the decision
   * @return the recorded decision, to store in the case file
   * @throws eu.barrier.screening.ScreeningException with the code of the rule broken (see {@link
   *     HumanDecision}); nothing is written then
   */
  public HumanDecision decide(HumanDecision.Draft draft) {
    HumanDecision decision = Objects.requireNonNull(draft, "draft").check(clock.instant());
    AuditEvent.Builder entry = AuditEvent.builder(AuditAction.DECIDE, decision.decisionMaker().staffId())
        .purpose(decision.ground().id()).count(1)
        .reason(eu.barrier.core.json.BarrierJson.enumId(decision.outcome()));
    if (decision.hasAssessment()) {
      entry.reference(decision.assessmentSha256());
    }
    audit.append(entry.build());
    return decision;
  }

  /**
   * Returns a description without data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DecisionRecorder[" + audit + "]";
  }
}
