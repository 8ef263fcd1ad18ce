package eu.barrier.cases.store;

import eu.barrier.cases.CaseError;
import eu.barrier.cases.CaseException;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.privacy.audit.AuditEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An event to append to a case: what happened, who did it in which role, on which day, when it was
 * recorded, under which legal basis, and its details as JSON. The record time is kept to the
 * millisecond, so that every database returns it as written. {@link #toString()} leaves out the
 * actor and the details.
 *
 * @param type the event
 * @param actor the staff id of who did it: an audit label of 1 to 128 characters of {@code A-Z a-z
 *     0-9 . _ : / @ -}, never a name
 * @param role the role they acted in
 * @param occurredOn the day it happened, in the profile's time zone
 * @param recordedAt when it was recorded (truncated to milliseconds)
 * @param basis the legal basis id
 * @param details the details, a JSON object of at most {@link #MAX_DETAILS} characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NewEvent(EventType type, String actor, Role role, LocalDate occurredOn, Instant recordedAt,
    String basis, String details) {

  /** The longest details document, in characters. */
  public static final int MAX_DETAILS = 4_000_000;

  /**
   * Checks.
   *
   * @param type the event
   * @param actor the actor
   * @param role the role
   * @param occurredOn the day
   * @param recordedAt the record time
   * @param basis the basis
   * @param details the details
   * @throws CaseException with {@link CaseError#EVENT_INPUT} if the actor is not a label, the basis
   *     not an id, or the details too long or not an object
   */
  public NewEvent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(occurredOn, "occurredOn");
    recordedAt = Objects.requireNonNull(recordedAt, "recordedAt").truncatedTo(ChronoUnit.MILLIS);
    if (actor == null || !AuditEvent.isValidLabel(actor)) {
      throw new CaseException(CaseError.EVENT_INPUT, "actor");
    }
    if (basis == null || !basis.matches("[a-z0-9][a-z0-9-]{0,63}")) {
      throw new CaseException(CaseError.EVENT_INPUT, "basis");
    }
    if (details == null || details.length() > MAX_DETAILS || !details.startsWith("{")) {
      throw new CaseException(CaseError.EVENT_INPUT, "details");
    }
  }

  /**
   * Returns the event, role and day only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "NewEvent[" + type.id() + ", " + role.id() + ", " + occurredOn + ", redacted]";
  }
}
