package eu.barrier.privacy.audit;

import eu.barrier.privacy.spi.AuditSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Keeps records in memory, for tests and short-lived tools. Thread-safe. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryAuditSink implements AuditSink {

  private final List<String> lines = new ArrayList<>();

  /** Creates an empty sink. */
  public InMemoryAuditSink() {}

  @Override
  public synchronized String appendNext(java.util.function.Function<Optional<String>, String> next) {
    String line = java.util.Objects.requireNonNull(next.apply(lastLine()), "line");
    lines.add(line);
    return line;
  }

  @Override
  public synchronized Optional<String> lastLine() {
    return lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1));
  }

  /**
   * Returns the records stored so far.
   *
   * @return a snapshot
   */
  public synchronized List<AuditRecord> records() {
    return lines.stream().map(AuditRecord::parseLine).toList();
  }

  /**
   * Returns the stored lines, as a file sink would write them.
   *
   * @return a snapshot
   */
  public synchronized List<String> lines() {
    return List.copyOf(lines);
  }

  @Override
  public synchronized String toString() {
    return "InMemoryAuditSink[entries=" + lines.size() + "]";
  }
}
