package eu.barrier.cases.procedure;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One event of a case, as read: its number, what happened, who did it in which role, on which
 * day, when it was recorded, under which legal basis, its details and its hash. Obtained only
 * through {@link CaseFiles}, filtered by the reader's role ({@link CaseView}). {@link #toString()}
 * leaves out the actor and the details.
 *
 * @param seq the number in the case, from 1
 * @param type the event
 * @param actor the staff id of who did it
 * @param role the role they acted in
 * @param occurredOn the day it happened
 * @param recordedAt when it was recorded
 * @param basis the legal basis id
 * @param details the details
 * @param hash the event's hash in the case's chain
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CaseEvent(long seq, EventType type, String actor, Role role, LocalDate occurredOn, Instant recordedAt,
    String basis, EventDetails details, String hash) {

  /**
   * Checks.
   *
   * @param seq the number
   * @param type the event
   * @param actor the actor
   * @param role the role
   * @param occurredOn the day
   * @param recordedAt the record time
   * @param basis the basis
   * @param details the details
   * @param hash the hash
   */
  public CaseEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Returns the number, event, role and day only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CaseEvent[#" + seq + " " + type.id() + ", " + role.id() + ", " + occurredOn + ", redacted]";
  }
}
