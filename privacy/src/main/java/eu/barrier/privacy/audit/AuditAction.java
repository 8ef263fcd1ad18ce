package eu.barrier.privacy.audit;

import org.apiguardian.api.API;

/** What was done to personal data. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum AuditAction {
  /** Identifiers were pseudonymised. */
  PSEUDONYMISE,
  /** A message was sealed (signed and encrypted) for recipients. */
  SEAL,
  /** A message was opened and passed every check. */
  OPEN,
  /** A message or input was rejected; {@link AuditEvent#reason()} holds the error code. */
  REJECT,
  /**
   * A screening assessment was shown to an official; {@link AuditEvent#reference()} holds the
   * SHA-256 of the assessment, the actor is the official's staff id.
   */
  SHOW,
  /**
   * A person took a decision on a screening assessment; {@link AuditEvent#reference()} holds the
   * SHA-256 of the assessment, {@link AuditEvent#reason()} the outcome, {@link AuditEvent#purpose()}
   * the legal ground, the actor is the decision maker's staff id.
   */
  DECIDE,
  /**
   * A recipient compiled an overview (the ARIEC's picture) from opened messages; {@link
   * AuditEvent#count()} holds the messages used, {@link AuditEvent#failures()} those not used,
   * {@link AuditEvent#reference()} the SHA-256 of the sorted ids of the messages used.
   */
  COMPILE,
  /**
   * A recipient removed a message from its store because its retain-until date had passed; {@link
   * AuditEvent#messageId()} names the message.
   */
  PURGE
}
