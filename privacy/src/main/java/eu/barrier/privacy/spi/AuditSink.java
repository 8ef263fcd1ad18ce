package eu.barrier.privacy.spi;

import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Where an audit log keeps its lines. The log ({@code eu.barrier.privacy.audit.AuditLog}) builds,
 * hashes and checks the entries; a sink stores lines in order and makes each append one step that
 * no other writer of the same storage can interleave with. A line is one JSON object of plain
 * ASCII labels, without a line feed, at most 64 KiB.
 *
 * <p>Why the sink computes nothing but still takes a function: the next entry's sequence number
 * and previous hash come from the last line <em>actually stored</em>, read under the sink's lock,
 * never from the memory of one writer. So several threads, several {@code AuditLog} instances and
 * several processes appending to one storage produce one chain. A sink whose storage is shared
 * between processes (a file, a database table) must take a lock that covers them all (a file
 * lock, a row lock or a serialisable transaction) and re-read the last line under it.
 *
 * <p>The module ships an in-memory, an {@link Appendable} and a file sink in {@code
 * eu.barrier.privacy.audit}. Implementations must be thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface AuditSink {

  /**
   * Stores the line that {@code next} computes from the last line stored, as one step: no other
   * append to the same storage, from this or another thread or process, happens between reading
   * the last line and storing the new one.
   *
   * @param next computes the line to store from the last stored line (empty for an empty log); it
   *     may throw, and then nothing is stored
   * @return the line stored
   * @throws eu.barrier.core.BarrierException (an audit exception) if it cannot be stored
   */
  String appendNext(Function<Optional<String>, String> next);

  /**
   * Returns the last line stored.
   *
   * @return the line, or empty if the sink holds none
   */
  Optional<String> lastLine();
}
