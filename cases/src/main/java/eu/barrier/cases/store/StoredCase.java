package eu.barrier.cases.store;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A case as stored: its row and its events in order.
 *
 * @param header the row
 * @param events the events, by number
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record StoredCase(CaseHeader header, List<StoredEvent> events) {

  /**
   * Copies.
   *
   * @param header the row
   * @param events the events
   */
  public StoredCase {
    events = List.copyOf(events);
  }
}
