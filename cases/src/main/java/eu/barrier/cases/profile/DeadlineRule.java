package eu.barrier.cases.profile;

import eu.barrier.cases.EventType;
import eu.barrier.screening.decision.EvidenceStatus;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A legal clock: it starts at the latest of its starting events, runs for its period (plus its
 * extension once extended, plus the days of its suspensions) and stops at an ending event. A
 * deadline without a period is unset: it is shown, never computed. A starting event may carry its
 * own due date (an intention states its views deadline), which then wins.
 *
 * @param id the id, for example {@code advice-term}
 * @param title what the deadline is
 * @param startedBy the events that start it
 * @param endedBy the events that meet it; empty for a period that simply ends
 * @param period the period, empty when unset
 * @param extension the extension, if the deadline can be extended
 * @param extendedBy the event that extends it, if it can be
 * @param suspensions when it does not run
 * @param source the legal source
 * @param status its evidence status
 * @param configuredBy the municipality's source for a period it set itself, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DeadlineRule(String id, String title, Set<EventType> startedBy, Set<EventType> endedBy,
    Optional<Period> period, Optional<Period> extension, Optional<EventType> extendedBy, List<Suspension> suspensions,
    String source, EvidenceStatus status, Optional<String> configuredBy) implements Sourced {

  /**
   * Copies.
   *
   * @param id the id
   * @param title the title
   * @param startedBy the starting events
   * @param endedBy the ending events
   * @param period the period
   * @param extension the extension
   * @param extendedBy the extending event
   * @param suspensions the suspensions
   * @param source the source
   * @param status the status
   * @param configuredBy the municipality's source
   */
  public DeadlineRule {
    startedBy = Set.copyOf(startedBy);
    endedBy = Set.copyOf(endedBy);
    suspensions = List.copyOf(suspensions);
  }

  /**
   * Tells whether the deadline has a period, so that it is computed.
   *
   * @return whether it is set
   */
  public boolean isSet() {
    return period.isPresent();
  }
}
