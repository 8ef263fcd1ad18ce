package eu.barrier.privacy.spi;

import java.util.Optional;

/**
 * Where an audit log keeps its lines. Implementations store each line exactly as given, in order,
 * and return the last one; the log ({@code eu.barrier.privacy.audit.AuditLog}) builds, hashes and
 * checks the entries, so a sink needs to know nothing about them. A line is one JSON object of
 * plain ASCII labels, without a line feed, at most 64 KiB.
 *
 * <p>The module ships an in-memory, an {@link Appendable} and a file sink in {@code
 * eu.barrier.privacy.audit}. Implementations must be thread-safe.
 */
public interface AuditSink {

  /**
   * Stores a line after the last one.
   *
   * @param line the line, without line feed
   * @throws eu.barrier.core.BarrierException (an audit exception) if it cannot be stored
   */
  void append(String line);

  /**
   * Returns the last line stored.
   *
   * @return the line, or empty if the sink holds none
   */
  Optional<String> lastLine();
}
