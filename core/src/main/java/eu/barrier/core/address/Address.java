package eu.barrier.core.address;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.barrier.core.internal.Shapes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A Belgian or Dutch address: an optional register reference plus a text snapshot.
 *
 * <p>Field mapping:
 *
 * <table>
 *   <caption>Address fields per country</caption>
 *   <tr><th>component</th><th>BE (OSLO / BeSt)</th><th>NL (BAG / BRP)</th></tr>
 *   <tr><td>{@code street}</td><td>straatnaam</td><td>openbareRuimteNaam</td></tr>
 *   <tr><td>{@code houseNumber}</td><td>huisnummer (text, e.g. {@code 25A})</td>
 *       <td>huisnummer (1 to 99999)</td></tr>
 *   <tr><td>{@code box}</td><td>busnummer</td><td>(not used)</td></tr>
 *   <tr><td>{@code houseLetter}</td><td>(not used)</td><td>huisletter (one letter)</td></tr>
 *   <tr><td>{@code houseNumberAddition}</td><td>(not used)</td>
 *       <td>huisnummertoevoeging (1 to 4 letters or digits)</td></tr>
 *   <tr><td>{@code postcode}</td><td>4 digits, 1000 to 9999</td>
 *       <td>{@code 1234AB}</td></tr>
 *   <tr><td>{@code municipalityName}</td><td>gemeentenaam</td><td>woonplaatsNaam</td></tr>
 *   <tr><td>{@code municipalityCode}</td><td>NIS code, 5 digits 10000 to 99999</td>
 *       <td>CBS gemeentecode, 4 digits</td></tr>
 * </table>
 *
 * <p>The canonical constructor never throws for missing or invalid data: it only normalises a
 * Dutch postcode ({@code "1234 ab"} becomes {@code "1234AB"}) and leaves every other check to a
 * Jakarta validator, which reports the component rules and these cross-field rules at once:
 * {@code identifiable} (a reference, or street, house number and a postcode or municipality
 * name), {@code referenceConsistent} (a BAG reference only for NL, an OSLO/BeSt one only for BE),
 * {@code postcodeValid}, {@code municipalityCodeValid}, {@code houseNumberValid} and {@code
 * countryFieldsConsistent} (box only for BE; house letter and addition only for NL).
 *
 * <p>An address can be personal data, so {@link #toString()} shows only the country.
 *
 * @param country the country; required
 * @param reference the register reference, or {@code null}
 * @param street the street name, or {@code null}; one line, at most 120 characters
 * @param houseNumber the house number, or {@code null}; BE: up to 16 letters, digits, {@code
 *     / - .}; NL: 1 to 99999
 * @param box the Belgian box number (busnummer), or {@code null}; at most 16 characters
 * @param houseLetter the Dutch house letter, or {@code null}; one letter
 * @param houseNumberAddition the Dutch house-number addition, or {@code null}; 1 to 4 letters or
 *     digits
 * @param postcode the postcode, or {@code null}; normalised for NL
 * @param municipalityName the municipality (BE) or place (NL) name, or {@code null}; one line,
 *     at most 80 characters
 * @param municipalityCode the NIS code (BE) or CBS gemeentecode (NL), or {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Address(
    @NotNull Country country,
    @Valid AddressReference reference,
    @Size(max = 120) @Pattern(regexp = SINGLE_LINE_SHAPE) String street,
    @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z/.-]+") String houseNumber,
    @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z/.-]+") String box,
    @Pattern(regexp = "[A-Za-z]") String houseLetter,
    @Pattern(regexp = "[0-9A-Za-z]{1,4}") String houseNumberAddition,
    @Size(max = 16) String postcode,
    @Size(max = 80) @Pattern(regexp = SINGLE_LINE_SHAPE) String municipalityName,
    @Size(max = 16) String municipalityCode) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String SINGLE_LINE_SHAPE = Shapes.SINGLE_LINE;


  private static final java.util.regex.Pattern NL_POSTCODE_INPUT =
      java.util.regex.Pattern.compile("\\s*([1-9][0-9]{3})\\s?([A-Za-z]{2})\\s*");
  private static final java.util.regex.Pattern BE_POSTCODE =
      java.util.regex.Pattern.compile("[1-9][0-9]{3}");
  private static final java.util.regex.Pattern NL_POSTCODE =
      java.util.regex.Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
  private static final java.util.regex.Pattern BE_NIS =
      java.util.regex.Pattern.compile("[1-9][0-9]{4}");
  private static final java.util.regex.Pattern NL_GEMEENTECODE =
      java.util.regex.Pattern.compile("[0-9]{4}");
  private static final java.util.regex.Pattern NL_HOUSE_NUMBER =
      java.util.regex.Pattern.compile("[1-9][0-9]{0,4}");

  /**
   * Creates an address; normalises a Dutch postcode and validates nothing (see the class comment).
   *
   * @param country the country
   * @param reference the register reference, or {@code null}
   * @param street the street name, or {@code null}
   * @param houseNumber the house number, or {@code null}
   * @param box the Belgian box number, or {@code null}
   * @param houseLetter the Dutch house letter, or {@code null}
   * @param houseNumberAddition the Dutch house-number addition, or {@code null}
   * @param postcode the postcode, or {@code null}
   * @param municipalityName the municipality or place name, or {@code null}
   * @param municipalityCode the NIS code or CBS gemeentecode, or {@code null}
   */
  public Address {
    if (country == Country.NL && postcode != null) {
      java.util.regex.Matcher m = NL_POSTCODE_INPUT.matcher(postcode);
      if (m.matches()) {
        postcode = m.group(1) + m.group(2).toUpperCase(Locale.ROOT);
      }
    }
  }

  /**
   * Normalises a Dutch postcode: {@code "1234 ab"} and {@code " 1234AB "} become {@code
   * "1234AB"}. Input that does not look like a Dutch postcode is returned unchanged.
   *
   * @param postcode the postcode, or {@code null}
   * @return the normalised postcode, or {@code null}
   */
  public static String normaliseNlPostcode(String postcode) {
    return new Address(Country.NL, null, null, null, null, null, null, postcode, null, null)
        .postcode();
  }

  /**
   * Cross-field rule (property {@code identifiable}): an address has a register reference, or a
   * street, a house number and a postcode or municipality name.
   *
   * @return {@code true} if the address can be located
   */
  @JsonIgnore
  @AssertTrue
  public boolean isIdentifiable() {
    return reference != null
        || (street != null
            && houseNumber != null
            && (postcode != null || municipalityName != null));
  }

  /**
   * Cross-field rule (property {@code referenceConsistent}): a BAG reference belongs to an NL
   * address, any other (OSLO or BeSt) reference to a BE address.
   *
   * @return {@code true} if the reference fits the country, or either is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isReferenceConsistent() {
    if (reference == null || country == null || reference.namespace() == null) {
      return true;
    }
    return reference.isBag() == (country == Country.NL);
  }

  /**
   * Cross-field rule (property {@code postcodeValid}): BE 4 digits 1000 to 9999; NL {@code
   * 1234AB} (after normalisation).
   *
   * @return {@code true} if the postcode fits the country, or either is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isPostcodeValid() {
    if (postcode == null || country == null) {
      return true;
    }
    return (country == Country.BE ? BE_POSTCODE : NL_POSTCODE).matcher(postcode).matches();
  }

  /**
   * Cross-field rule (property {@code municipalityCodeValid}): BE NIS code, 5 digits 10000 to
   * 99999; NL CBS gemeentecode, 4 digits.
   *
   * @return {@code true} if the code fits the country, or either is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isMunicipalityCodeValid() {
    if (municipalityCode == null || country == null) {
      return true;
    }
    return (country == Country.BE ? BE_NIS : NL_GEMEENTECODE).matcher(municipalityCode).matches();
  }

  /**
   * Cross-field rule (property {@code houseNumberValid}): in NL the house number is a number from
   * 1 to 99999; letters go to {@code houseLetter} and {@code houseNumberAddition}.
   *
   * @return {@code true} if the house number fits the country, or either is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isHouseNumberValid() {
    if (houseNumber == null || country != Country.NL) {
      return true;
    }
    return NL_HOUSE_NUMBER.matcher(houseNumber).matches();
  }

  /**
   * Cross-field rule (property {@code countryFieldsConsistent}): {@code box} is Belgian; {@code
   * houseLetter} and {@code houseNumberAddition} are Dutch.
   *
   * @return {@code true} if no field of the other country is set
   */
  @JsonIgnore
  @AssertTrue
  public boolean isCountryFieldsConsistent() {
    if (country == Country.BE) {
      return houseLetter == null && houseNumberAddition == null;
    }
    if (country == Country.NL) {
      return box == null;
    }
    return true;
  }

  /**
   * Returns the country only; the rest can locate a person's home.
   *
   * @return {@code Address[country=…, redacted]}
   */
  @Override
  public String toString() {
    return "Address[country=" + country + ", redacted]";
  }
}
