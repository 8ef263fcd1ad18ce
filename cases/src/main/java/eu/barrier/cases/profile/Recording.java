package eu.barrier.cases.profile;

import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Who may record an event, and the legal basis it is recorded under unless another is named.
 *
 * @param event the event
 * @param recordedBy the roles that may record it
 * @param basis the default legal basis id; empty when each event must name its own
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
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
