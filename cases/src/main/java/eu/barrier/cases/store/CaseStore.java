package eu.barrier.cases.store;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Storage of screening cases: an append-only, hash-chained event log per case. An implementation
 * never updates or deletes an event; it computes every hash with {@link EventChain#hash}, and it
 * appends under an optimistic check, so that of two writers that read the same version of a case
 * exactly one succeeds. {@link JdbcCaseStore} is the implementation on JDBC (H2, PostgreSQL).
 *
 * <p>Failures are {@link eu.barrier.cases.CaseException}s: {@code CASE_EXISTS}, {@code
 * CASE_UNKNOWN}, {@code CONCURRENT_CHANGE}, {@code STORE_FAILED}, {@code SCHEMA}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CaseStore extends AutoCloseable {

  /**
   * Creates a case with its opening event as event 1.
   *
   * @param caseId the case id
   * @param profileId the profile id
   * @param profileVersion the profile version
   * @param profileDocument the profile document
   * @param opening the opening event
   * @return the stored opening event
   */
  StoredEvent create(String caseId, String profileId, String profileVersion, String profileDocument, NewEvent opening);

  /**
   * Loads a case.
   *
   * @param caseId the case id
   * @return the case, or empty
   */
  Optional<StoredCase> load(String caseId);

  /**
   * Appends an event if the case still has the version it was checked against.
   *
   * @param caseId the case id
   * @param expectedVersion the number of events the caller saw
   * @param event the event
   * @return the stored event, number {@code expectedVersion + 1}
   * @throws eu.barrier.cases.CaseException with {@code CONCURRENT_CHANGE} if another event was
   *     appended in between; nothing is written then
   */
  StoredEvent append(String caseId, long expectedVersion, NewEvent event);

  /**
   * Returns the ids of every case, sorted.
   *
   * @return the ids
   */
  List<String> caseIds();

  /** Releases the store's resources. */
  @Override
  void close();
}
