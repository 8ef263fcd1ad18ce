package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a catalogue may be used for.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Purpose {
  /** May feed a risk model that computes a signal for human review; the lint rejects protected characteristics. */
  AUTOMATED_SCORING("automated-scoring"),
  /** Reference material for professionals; never fed to a model. */
  REFERENCE_ONLY("reference-only");

  private final String id;

  Purpose(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "automated-scoring"}.
   *
   * @return the JSON name; never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the constant with the given JSON name.
   *
   * @param id the JSON name, case-sensitive
   * @return the constant
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Purpose fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Purpose value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Purpose name (%d characters)", id.length()));
  }
}
