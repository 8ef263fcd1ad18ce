package eu.barrier.cases.procedure;

import eu.barrier.cases.Access;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.screening.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One event as a reader's role may see it. With partial access only the number, the event, its
 * day and (for an intention or decision) the outcome are there; with read access also the actor,
 * the role, the legal basis and the details. {@link #toString()} leaves out the actor and details.
 *
 * @param seq the number in the case
 * @param type the event
 * @param occurredOn the day
 * @param access what the reader's role has of the event's artefact
 * @param outcome the outcome of an intention or decision, where the reader sees it
 * @param actor the actor, with read access
 * @param role the actor's role, with read access
 * @param basis the legal basis, with read access
 * @param details the details, with read access
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VisibleEvent(long seq, EventType type, LocalDate occurredOn, Access access,
    Optional<DecisionOutcome> outcome, Optional<String> actor, Optional<Role> role, Optional<String> basis,
    Optional<EventDetails> details) {

  /**
   * Returns the number, event, day and access only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "VisibleEvent[#" + seq + " " + type.id() + ", " + occurredOn + ", " + access + ", redacted]";
  }
}
