package eu.barrier.privacy.audit;

/** What was done to personal data. */
public enum AuditAction {
  /** Identifiers were pseudonymised. */
  PSEUDONYMISE,
  /** A message was sealed (signed and encrypted) for recipients. */
  SEAL,
  /** A message was opened and passed every check. */
  OPEN,
  /** A message or input was rejected; {@link AuditEvent#reason()} holds the error code. */
  REJECT
}
