package eu.barrier.privacy.audit;

import eu.barrier.privacy.spi.AuditSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Keeps records in memory, for tests and short-lived tools. Thread-safe. */
public final class InMemoryAuditSink implements AuditSink {

  private final List<AuditRecord> records = new ArrayList<>();

  /** Creates an empty sink. */
  public InMemoryAuditSink() {}

  @Override
  public synchronized void append(AuditRecord record) {
    records.add(record);
  }

  @Override
  public synchronized Optional<AuditRecord> last() {
    return records.isEmpty() ? Optional.empty() : Optional.of(records.get(records.size() - 1));
  }

  /**
   * Returns the records stored so far.
   *
   * @return a snapshot
   */
  public synchronized List<AuditRecord> records() {
    return List.copyOf(records);
  }

  /**
   * Returns the stored lines, as a file sink would write them.
   *
   * @return a snapshot
   */
  public synchronized List<String> lines() {
    return records.stream().map(AuditRecord::toJsonLine).toList();
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAuditSink[entries=" + records.size() + "]";
  }
}
