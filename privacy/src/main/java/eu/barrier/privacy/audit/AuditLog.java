package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.spi.AuditSink;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

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
 * <p>Thread-safe, and safe across processes with a sink whose storage takes a lock ({@link
 * FileAuditSink}): each append reads the last stored line under the sink's lock, so concurrent
 * writers never fork the chain.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditLog {

  private final AuditSink sink;
  private final Clock clock;

  private AuditLog(AuditSink sink, Clock clock) {
    this.sink = sink;
    this.clock = clock;
  }

  /**
   * Opens a log on a sink. Appends continue after whatever line the sink holds last at the time of
   * each append, so several logs (and processes) on one sink make one chain.
   *
   * @param sink where records go
   * @param clock the source of entry times
   * @return the log
   * @throws AuditException if the sink's last record cannot be read or is not a valid entry
   */
  public static AuditLog open(AuditSink sink, Clock clock) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(clock, "clock");
    sink.lastLine().ifPresent(AuditLog::validLast);
    return new AuditLog(sink, clock);
  }

  private static AuditRecord validLast(String line) {
    AuditRecord last = AuditRecord.parseLine(line);
    if (!last.hashMatches()) {
      throw new AuditException(PrivacyError.AUDIT_RESUME, "the last entry does not match its hash");
    }
    return last;
  }

  /**
   * Appends an event as the next entry: its sequence number and previous hash come from the last
   * line the sink holds at the moment of appending, read under the sink's lock.
   *
   * @param event the event
   * @return the stored record
   * @throws AuditException if the sink cannot store it, or its last line is not a valid entry
   */
  public AuditRecord append(AuditEvent event) {
    Objects.requireNonNull(event, "event");
    AuditRecord[] stored = new AuditRecord[1];
    sink.appendNext(last -> {
      long seq = 0;
      String prev = AuditRecord.GENESIS;
      if (last.isPresent()) {
        AuditRecord r = validLast(last.get());
        seq = r.seq() + 1;
        prev = r.hash();
      }
      Instant time = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      stored[0] = AuditRecord.create(seq, time, event, prev);
      return stored[0].toJsonLine();
    });
    return stored[0];
  }

  /**
   * Returns a checkpoint of the log as the sink holds it now.
   *
   * @return the number of entries and the hash of the last one
   */
  public AuditCheckpoint checkpoint() {
    return sink.lastLine().map(AuditLog::validLast).map(r -> new AuditCheckpoint(r.seq() + 1, r.hash()))
        .orElse(new AuditCheckpoint(0, AuditRecord.GENESIS));
  }

  @Override
  public String toString() {
    return "AuditLog[" + sink + "]";
  }
}
