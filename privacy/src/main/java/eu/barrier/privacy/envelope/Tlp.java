package eu.barrier.privacy.envelope;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Traffic Light Protocol 2.0 (FIRST) handling levels. The label is the exact TLP 2.0 name written
 * in the envelope header, for example {@code AMBER+STRICT}.
 *
 * <p>Meaning for recipients, in short (see {@code docs/exchange-envelope.md}): {@link #CLEAR}
 * no limit; {@link #GREEN} within the named community; {@link #AMBER} within the recipient's
 * organisation and its clients on a need-to-know basis; {@link #AMBER_STRICT} within the
 * recipient's organisation only; {@link #RED} the named recipients only, no further disclosure.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Tlp {
  /** {@code TLP:CLEAR}: disclosure is not limited. */
  CLEAR("CLEAR"),
  /** {@code TLP:GREEN}: limited to the community named in the header. */
  GREEN("GREEN"),
  /** {@code TLP:AMBER}: limited to the recipient's organisation and its clients, need to know. */
  AMBER("AMBER"),
  /** {@code TLP:AMBER+STRICT}: limited to the recipient's organisation. */
  AMBER_STRICT("AMBER+STRICT"),
  /** {@code TLP:RED}: for the named recipients only. */
  RED("RED");

  private final String label;

  Tlp(String label) {
    this.label = label;
  }

  /**
   * Returns the TLP 2.0 label written in the header.
   *
   * @return for example {@code AMBER+STRICT}
   */
  public String label() {
    return label;
  }

  /**
   * Finds a level by its exact label.
   *
   * @param label the label, may be {@code null}
   * @return the level, or empty for anything else
   */
  public static Optional<Tlp> fromLabel(String label) {
    for (Tlp t : values()) {
      if (t.label.equals(label)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
