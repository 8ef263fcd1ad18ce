package eu.barrier.core.id;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The object types of the Dutch BAG (Basisregistratie Adressen en Gebouwen), by the 2-digit code at
 * positions 5 and 6 of a {@link BagId}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum BagObjectType {
  /** {@code 01} verblijfsobject (a unit of occupancy). */
  VERBLIJFSOBJECT("01"),
  /** {@code 02} ligplaats (a mooring). */
  LIGPLAATS("02"),
  /** {@code 03} standplaats (a pitch). */
  STANDPLAATS("03"),
  /** {@code 10} pand (a building). */
  PAND("10"),
  /** {@code 20} nummeraanduiding (an address designation). */
  NUMMERAANDUIDING("20"),
  /** {@code 30} openbare ruimte (a public space, such as a street). */
  OPENBARE_RUIMTE("30");

  private final String code;

  BagObjectType(String code) {
    this.code = code;
  }

  /**
   * Returns the 2-digit code.
   *
   * @return for example {@code 20}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the type with a code.
   *
   * @param code two digits
   * @return the type, or empty if the BAG defines none with this code
   */
  public static Optional<BagObjectType> of(CharSequence code) {
    for (BagObjectType t : values()) {
      if (t.code.contentEquals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
