package eu.barrier.privacy.spi;

import eu.barrier.privacy.audit.AuditRecord;
import java.util.Optional;

/**
 * Where audit records go: a file, a database table, a log shipper. Passed explicitly to {@link
 * eu.barrier.privacy.audit.AuditLog#open}.
 *
 * <p>Contract: {@link #append} stores records in the order received and returns only once the
 * record is stored (or throws); it never changes or drops earlier records. {@link #last} returns
 * the last stored record so a log can continue its chain after a restart. {@link
 * eu.barrier.privacy.audit.AuditLog} serialises calls; implementations need not be thread-safe.
 */
public interface AuditSink {

  /**
   * Stores one record after all earlier ones.
   *
   * @param record the record
   * @throws eu.barrier.privacy.audit.AuditException with code {@code BARRIER-PRIV-0302} if it
   *     cannot be stored
   */
  void append(AuditRecord record);

  /**
   * Returns the last stored record.
   *
   * @return the last record, or empty for an empty log
   * @throws eu.barrier.privacy.audit.AuditException if the stored log cannot be read or its last
   *     entry is malformed
   */
  Optional<AuditRecord> last();
}
