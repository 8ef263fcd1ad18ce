/**
 * The tamper-evident audit log: append-only JSON lines, each entry hash-chained to the one before.
 *
 * <p>Start with {@link eu.barrier.privacy.audit.AuditLog#open} on an {@link
 * eu.barrier.privacy.spi.AuditSink} ({@link eu.barrier.privacy.audit.FileAuditSink}, {@link
 * eu.barrier.privacy.audit.InMemoryAuditSink}, {@link eu.barrier.privacy.audit.AppendableAuditSink})
 * and an explicit {@link java.time.Clock}; record {@link eu.barrier.privacy.audit.AuditEvent}s;
 * check a log with {@link eu.barrier.privacy.audit.AuditVerifier}. Entries hold labels and counts,
 * never personal data. The audit trail is a typed API, not log lines.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.audit;
