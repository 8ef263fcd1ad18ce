package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.spi.AuditSink;
import java.io.Flushable;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes one JSON line per record to an {@link Appendable} (a writer, a string builder), flushing
 * after each record if it is {@link Flushable}. It cannot read back what was written before, so it
 * starts a new chain unless given the last line, and it keeps the chain only for appends through
 * this one instance: for storage shared by several writers or processes use {@link FileAuditSink}
 * or a sink whose storage takes a lock.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AppendableAuditSink implements AuditSink {

  private final Appendable out;
  private String last;

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
   * @param lastLine the last line already in {@code out}, or {@code null}
   */
  public AppendableAuditSink(Appendable out, String lastLine) {
    this.out = Objects.requireNonNull(out, "out");
    this.last = lastLine;
  }

  @Override
  public synchronized String appendNext(java.util.function.Function<Optional<String>, String> next) {
    String line = Objects.requireNonNull(next.apply(Optional.ofNullable(last)), "line");
    try {
      out.append(line).append('\n');
      if (out instanceof Flushable) {
        ((Flushable) out).flush();
      }
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "writing an entry", e);
    }
    last = line;
    return line;
  }

  @Override
  public synchronized Optional<String> lastLine() {
    return Optional.ofNullable(last);
  }

  @Override
  public String toString() {
    return "AppendableAuditSink";
  }
}
