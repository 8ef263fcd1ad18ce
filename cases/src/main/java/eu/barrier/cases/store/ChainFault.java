package eu.barrier.cases.store;

import org.apiguardian.api.API;

/** What a verification found wrong with a stored case. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ChainFault {
  /** An event's stored hash is not the hash of its fields: the row was edited. */
  EDITED,
  /** An event does not link to the hash of the event before: an event was removed, inserted or replaced. */
  BROKEN_LINK,
  /** The numbers of the events are not 1, 2, 3, …: an event was removed or added. */
  SEQUENCE,
  /** The case row's version or head hash is not that of its last event: the tail was cut or added to. */
  HEAD,
  /** The first event is not the opening of this case under the stored profile. */
  OPENING
}
