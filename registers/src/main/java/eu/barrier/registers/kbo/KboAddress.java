package eu.barrier.registers.kbo;

import eu.barrier.core.address.Address;
import eu.barrier.core.address.Country;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One row of address.csv: the address of a given type of an enterprise ({@code REGO} seat), an
 * establishment unit ({@code BAET}) or a branch ({@code ABBR}). Empty columns are {@code null}. An
 * address can locate a person's home: {@link #toString()} shows only the type.
 *
 * @param type the {@code TypeOfAddress} code
 * @param countryNl the country in Dutch, for an address abroad, or {@code null}
 * @param countryFr the country in French, for an address abroad, or {@code null}
 * @param zipcode the postcode, or {@code null}
 * @param municipalityNl the municipality in Dutch, or {@code null}
 * @param municipalityFr the municipality in French, or {@code null}
 * @param streetNl the street in Dutch, or {@code null}
 * @param streetFr the street in French, or {@code null}
 * @param houseNumber the house number, or {@code null}
 * @param box the box number, or {@code null}
 * @param extraAddressInfo extra address information, or {@code null}
 * @param dateStrikingOff the date from which the address is struck off, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboAddress(
    String type,
    String countryNl,
    String countryFr,
    String zipcode,
    String municipalityNl,
    String municipalityFr,
    String streetNl,
    String streetFr,
    String houseNumber,
    String box,
    String extraAddressInfo,
    LocalDate dateStrikingOff) {

  /** The seat of a legal person. */
  public static final String SEAT = "REGO";
  /** The address of an establishment unit. */
  public static final String ESTABLISHMENT = "BAET";
  /** The address of a branch of a foreign entity. */
  public static final String BRANCH = "ABBR";

  /**
   * Creates an address.
   *
   * @param type the type code; required
   * @param countryNl the country in Dutch
   * @param countryFr the country in French
   * @param zipcode the postcode
   * @param municipalityNl the municipality in Dutch
   * @param municipalityFr the municipality in French
   * @param streetNl the street in Dutch
   * @param streetFr the street in French
   * @param houseNumber the house number
   * @param box the box
   * @param extraAddressInfo extra information
   * @param dateStrikingOff the striking-off date
   */
  public KboAddress {
    Objects.requireNonNull(type, "type");
  }

  /**
   * Tells whether the address is in Belgium (the cookbook leaves the country empty then).
   *
   * @return {@code true} if no country is given
   */
  public boolean isBelgian() {
    return countryNl == null && countryFr == null;
  }

  /**
   * Returns the address as core's address, for a Belgian address: street and municipality in
   * Dutch, else in French. Not validated: KBO house numbers may not fit core's rules.
   *
   * @return the address, country {@link Country#BE}
   */
  public Address toAddress() {
    return new Address(Country.BE, null, streetNl != null ? streetNl : streetFr, houseNumber, box, null, null,
        zipcode, municipalityNl != null ? municipalityNl : municipalityFr, null);
  }

  /**
   * Returns the type only; the address may locate a home.
   *
   * @return {@code KboAddress[type=…, redacted]}
   */
  @Override
  public String toString() {
    return "KboAddress[type=" + type + ", redacted]";
  }
}
