package eu.barrier.cases;

import eu.barrier.core.json.BarrierJson;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The events of a screening case (research note {@code screening-and-transparency.md} §3.3), each
 * belonging to one artefact of the need-to-know matrix. Their ids are the kebab-case names: {@code
 * risk-assessed}, {@code advice-requested}, {@code decision-taken}, …
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum EventType {
  /** The case is opened: establishment, trigger and profile. */
  CASE_OPENED(Artefact.APPLICATION),
  /** The ordinance (BE) or policy rule (NL) that brought the case in scope. */
  SCOPE_DETERMINED(Artefact.APPLICATION),
  /** The ordinary check of the permit regime is done (NL: Bibob is the last resort). */
  REGULAR_CHECK_COMPLETED(Artefact.APPLICATION),
  /** The questionnaire went to the applicant. */
  QUESTIONNAIRE_SENT(Artefact.APPLICATION),
  /** The applicant's answers and documents arrived. */
  SUBMISSION_RECEIVED(Artefact.APPLICATION),
  /** The submission is incomplete. */
  SUBMISSION_INCOMPLETE(Artefact.APPLICATION),
  /** Evidence was asked of a source (police, judicial, tax …). */
  EVIDENCE_REQUESTED(Artefact.CLOSED_SOURCE_EVIDENCE),
  /** Evidence arrived. */
  EVIDENCE_RECEIVED(Artefact.CLOSED_SOURCE_EVIDENCE),
  /** A risk assessment (screening result) was added to the case: one input among others. */
  RISK_ASSESSED(Artefact.RISK_SCORE),
  /** Someone looked at the risk score and its explanation. */
  SCORE_VIEWED(Artefact.RISK_SCORE),
  /** The advisory body (LBB, DIOB) was asked for advice. */
  ADVICE_REQUESTED(Artefact.ADVISORY_REPORT),
  /** The advisory body extended its term. */
  ADVICE_TERM_EXTENDED(Artefact.ADVISORY_REPORT),
  /** The advisory body put questions to the applicant. */
  ADVICE_QUESTION_SENT(Artefact.ADVISORY_REPORT),
  /** The applicant answered the advisory body's questions. */
  ADVICE_QUESTION_ANSWERED(Artefact.ADVISORY_REPORT),
  /** The advice arrived. */
  ADVICE_RECEIVED(Artefact.ADVISORY_REPORT),
  /** The human assessment was drafted. */
  ASSESSMENT_DRAFTED(Artefact.DECISION),
  /** The intention (voornemen) was sent: the hearing starts. */
  INTENTION_ISSUED(Artefact.DECISION),
  /** A third party named in the reasons was informed. */
  THIRD_PARTY_NOTIFIED(Artefact.DECISION),
  /** The applicant's (or a third party's) views arrived. */
  VIEW_RECEIVED(Artefact.DECISION),
  /** A supplementary advice was asked after new information. */
  SUPPLEMENTARY_ADVICE_REQUESTED(Artefact.ADVISORY_REPORT),
  /** A person decided, with the decision record. */
  DECISION_TAKEN(Artefact.DECISION),
  /** The decision was notified to the applicant. */
  DECISION_NOTIFIED(Artefact.DECISION),
  /** A negative measure was notified to the central register (BE). */
  REGISTER_NOTIFIED(Artefact.REGISTER_ENTRY),
  /** An objection or appeal was lodged. */
  APPEAL_LODGED(Artefact.DECISION),
  /** The objection or appeal was decided. */
  APPEAL_DECIDED(Artefact.DECISION),
  /** Part of the case was disclosed outside the municipality. */
  DISCLOSURE_MADE(Artefact.AUDIT_LOG),
  /** The retention policy was applied: the case is closed for good. */
  RETENTION_APPLIED(Artefact.AUDIT_LOG);

  private final Artefact artefact;

  EventType(Artefact artefact) {
    this.artefact = artefact;
  }

  /**
   * Returns the artefact of the need-to-know matrix the event belongs to.
   *
   * @return the artefact
   */
  public Artefact artefact() {
    return artefact;
  }

  /**
   * Returns the kebab-case id.
   *
   * @return for example {@code advice-requested}
   */
  public String id() {
    return BarrierJson.enumId(this);
  }

  /**
   * Returns the event with an id.
   *
   * @param id the kebab-case id
   * @return the event, or empty
   */
  public static Optional<EventType> fromId(String id) {
    return BarrierJson.enumFromId(EventType.class, id);
  }
}
