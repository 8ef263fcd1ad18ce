package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.spi.AuditSink;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An append-only, hash-chained audit log. Each {@link #append} turns an {@link AuditEvent} into
 * the next {@link AuditRecord} (sequence number, time from the injected clock truncated to
 * milliseconds, hash of the previous entry, own hash) and hands it to the {@link AuditSink}.
 *
 * <p>Guarantees: entries are numbered 0, 1, 2, … without gaps; each entry commits to every entry
 * before it; a verifier ({@link AuditVerifier}) finds the first modified, deleted, inserted or
 * reordered entry. Not guaranteed without {@link AuditCheckpoint}s kept elsewhere: detection of
 * entries cut off the end, and of a rewrite by someone who recomputes every later hash.
 *
 * <p>Thread-safe: appends are serialised.
 */
public final class AuditLog {

  private final AuditSink sink;
  private final Clock clock;
  private long nextSeq;
  private String lastHash;

  private AuditLog(AuditSink sink, Clock clock, long nextSeq, String lastHash) {
    this.sink = sink;
    this.clock = clock;
    this.nextSeq = nextSeq;
    this.lastHash = lastHash;
  }

  /**
   * Opens a log on a sink, continuing after the sink's last record.
   *
   * @param sink where records go
   * @param clock the source of entry times
   * @return the log
   * @throws AuditException if the sink's last record cannot be read
   */
  public static AuditLog open(AuditSink sink, Clock clock) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(clock, "clock");
    Optional<String> lastLine = sink.lastLine();
    if (lastLine.isEmpty()) {
      return new AuditLog(sink, clock, 0, AuditRecord.GENESIS);
    }
    AuditRecord last = AuditRecord.parseLine(lastLine.get());
    if (!last.hashMatches()) {
      throw new AuditException(PrivacyError.AUDIT_RESUME, "the last entry does not match its hash");
    }
    return new AuditLog(sink, clock, last.seq() + 1, last.hash());
  }

  /**
   * Appends an event as the next entry.
   *
   * @param event the event
   * @return the stored record
   * @throws AuditException if the sink cannot store it; the chain state is unchanged then
   */
  public synchronized AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    AuditRecord record = AuditRecord.create(nextSeq, time, event, lastHash);
    sink.append(record.toJsonLine());
    nextSeq++;
    lastHash = record.hash();
    return record;
  }

  /**
   * Returns a checkpoint of the log as written so far.
   *
   * @return the number of entries and the hash of the last one
   */
  public synchronized AuditCheckpoint checkpoint() {
    return new AuditCheckpoint(nextSeq, lastHash);
  }

  @Override
  public synchronized String toString() {
    return "AuditLog[entries=" + nextSeq + "]";
  }
}
