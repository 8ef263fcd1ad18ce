package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * A business sector an indicator applies to.
 * <p>Temporary: replaced by {@code eu.barrier.core.observation.Sector} once core provides it; the
 * JSON names stay the same.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
public enum Sector {
  /** Hand carwashes. */
  CARWASH("carwash"),
  /** Massage salons. */
  MASSAGE("massage"),
  /** Nail salons. */
  NAIL_SALON("nail-salon"),
  /** Hairdressers and barbers. */
  HAIRDRESSER("hairdresser"),
  /** Night shops. */
  NIGHT_SHOP("night-shop"),
  /** Cafés, bars, restaurants and private clubs. */
  HORECA("horeca"),
  /** Hotels and short-stay accommodation. */
  ACCOMMODATION("accommodation"),
  /** Cleaning services. */
  CLEANING("cleaning"),
  /** Construction. */
  CONSTRUCTION("construction"),
  /** Transport and logistics. */
  TRANSPORT("transport"),
  /** Other personal services. */
  OTHER_PERSONAL_SERVICES("other-personal-services"),
  /** Betting centres. */
  BETTING("betting"),
  /** Any other sector. */
  OTHER("other");

  private final String id;

  Sector(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "carwash"}.
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
  public static Sector fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Sector value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Sector name (%d characters)", id.length()));
  }
}
