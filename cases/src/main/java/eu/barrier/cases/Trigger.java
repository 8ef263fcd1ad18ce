package eu.barrier.cases;

import eu.barrier.core.json.BarrierJson;
import java.util.Optional;
import org.apiguardian.api.API;

/** What started a case (research note §3.1). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Trigger {
  /** An application for a new permit. */
  APPLICATION,
  /** A renewal of a permit. */
  RENEWAL,
  /** A takeover of an establishment. */
  TAKEOVER,
  /** A signal about an existing permit or establishment: a RIEC/ARIEC signal, a change of operator. */
  SIGNAL,
  /** An existing establishment that falls in the scope of a Belgian police ordinance (mandatory). */
  SCOPE;

  /**
   * Returns the kebab-case id.
   *
   * @return for example {@code application}
   */
  public String id() {
    return BarrierJson.enumId(this);
  }

  /**
   * Returns the trigger with an id.
   *
   * @param id the kebab-case id
   * @return the trigger, or empty
   */
  public static Optional<Trigger> fromId(String id) {
    return BarrierJson.enumFromId(Trigger.class, id);
  }
}
