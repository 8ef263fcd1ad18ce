package eu.barrier.cases.procedure;

import org.apiguardian.api.API;

/** The states of a screening case (research note §3.2). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum CaseState {
  /** Opened; the investigation may start. */
  OPENED,
  /** The questionnaire is with the applicant. */
  AWAITING_SUBMISSION,
  /** The municipality's own investigation. */
  INVESTIGATION,
  /** Advice requested; the advisory body's term runs. */
  ADVICE_REQUESTED,
  /** The advisory body's questions are with the applicant; its term is suspended. */
  ADVICE_QUERY,
  /** The human assessment: the advice, the evidence and the score are inputs. */
  ASSESSMENT,
  /** The intention was sent; the views period runs. */
  INTENTION_ISSUED,
  /** A person decided. */
  DECIDED,
  /** A negative measure was notified to the central register (BE). */
  REGISTERED,
  /** An objection or appeal is pending. */
  IN_APPEAL,
  /** The retention policy was applied; nothing more is recorded. */
  CLOSED
}
