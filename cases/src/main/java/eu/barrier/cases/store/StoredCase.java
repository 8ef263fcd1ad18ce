package eu.barrier.cases.store;

import java.util.List;

/**
 * A case as stored: its row and its events in order.
 *
 * @param header the row
 * @param events the events, by number
 */
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
