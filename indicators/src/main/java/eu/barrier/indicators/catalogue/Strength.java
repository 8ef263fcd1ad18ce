package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The diagnostic weight of an indicator.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Strength {
  /** A strong indicator. */
  STRONG("strong"),
  /** A medium indicator. */
  MEDIUM("medium"),
  /** A weak indicator. */
  WEAK("weak"),
  /** No verified strength is known; models must not treat it as any of the others. */
  PROVISIONAL("provisional");

  private final String id;

  Strength(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "strong"}.
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
  public static Strength fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Strength value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Strength name (%d characters)", id.length()));
  }
}
