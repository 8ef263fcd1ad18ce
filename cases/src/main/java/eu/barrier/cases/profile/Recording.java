package eu.barrier.cases.profile;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import java.util.Optional;
import java.util.Set;

/**
 * Who may record an event, and the legal basis it is recorded under unless another is named.
 *
 * @param event the event
 * @param recordedBy the roles that may record it
 * @param basis the default legal basis id; empty when each event must name its own
 */
public record Recording(EventType event, Set<Role> recordedBy, Optional<String> basis) {

  /**
   * Copies.
   *
   * @param event the event
   * @param recordedBy the roles
   * @param basis the default basis
   */
  public Recording {
    recordedBy = Set.copyOf(recordedBy);
  }
}
