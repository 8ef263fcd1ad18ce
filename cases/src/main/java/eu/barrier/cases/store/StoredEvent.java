package eu.barrier.cases.store;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * An event as stored: the row exactly as read, so that {@link EventChain#verify} can check an
 * edited row rather than fail to read it. {@link #toString()} leaves out the actor and the details.
 *
 * @param caseId the case
 * @param seq the number of the event in its case, from 1
 * @param type the event id as stored
 * @param actor the actor as stored
 * @param role the role id as stored
 * @param occurredOn the day it happened
 * @param recordedAt when it was recorded
 * @param basis the legal basis id
 * @param details the details JSON
 * @param prevHash the hash of the event before, {@link EventChain#GENESIS} for the first
 * @param hash this event's hash
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StoredEvent(String caseId, long seq, String type, String actor, String role, LocalDate occurredOn,
    Instant recordedAt, String basis, String details, String prevHash, String hash) {

  /**
   * Returns the case, number and event only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "StoredEvent[" + caseId + "#" + seq + ", " + type + ", redacted]";
  }
}
