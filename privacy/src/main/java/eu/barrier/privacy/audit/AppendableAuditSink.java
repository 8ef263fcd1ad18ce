package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.spi.AuditSink;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes one JSON line per record to an {@link Appendable} (a writer, a string builder), flushing
 * after each record if it is {@link Flushable}. It cannot read back what was written before, so it
 * starts a new chain unless given the last record.
 */
public final class AppendableAuditSink implements AuditSink {

  private final Appendable out;
  private AuditRecord last;

  /**
   * Creates a sink that starts a new chain.
   *
   * @param out where lines go
   */
  public AppendableAuditSink(Appendable out) {
    this(out, null);
  }

  /**
   * Creates a sink that continues after {@code last}.
   *
   * @param out where lines go
   * @param last the last record already in {@code out}, or {@code null}
   */
  public AppendableAuditSink(Appendable out, AuditRecord last) {
    this.out = Objects.requireNonNull(out, "out");
    this.last = last;
  }

  @Override
  public void append(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    try {
      out.append(record.toJsonLine()).append('\n');
      if (out instanceof Flushable) {
        ((Flushable) out).flush();
      }
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "writing entry " + record.seq(), e);
    }
    last = record;
  }

  @Override
  public Optional<AuditRecord> last() {
    return Optional.ofNullable(last);
  }

  @Override
  public String toString() {
    return "AppendableAuditSink";
  }
}
