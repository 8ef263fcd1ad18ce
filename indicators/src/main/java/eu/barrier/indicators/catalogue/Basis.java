package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What kind of fact an indicator rests on.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Basis {
  /** Conduct of someone, usually the exploiter or operator. */
  BEHAVIOUR("behaviour"),
  /** A situation or circumstance, such as working or living conditions. */
  CONDITION("condition"),
  /** A fact recorded in a register, permit file or filing. */
  ADMINISTRATIVE_FACT("administrative-fact"),
  /** Who someone is; never allowed in automated-scoring catalogues. */
  PERSONAL_CHARACTERISTIC("personal-characteristic");

  private final String id;

  Basis(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "behaviour"}.
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
  public static Basis fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Basis value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Basis name (%d characters)", id.length()));
  }
}
