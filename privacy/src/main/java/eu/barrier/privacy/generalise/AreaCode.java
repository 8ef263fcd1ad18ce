package eu.barrier.privacy.generalise;

import eu.barrier.privacy.PrivacyError;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An address generalised to an area: a postcode area or a municipality.
 *
 * <p>Postcode areas: Belgian postcodes (4 digits) are kept; Dutch postcodes ({@code 1234 AB}) are
 * cut to their 4 digits (PC4), because the full 6-character postcode narrows an address down to a
 * street side. Municipalities: the Belgian NIS code (5 digits, REFNIS) or the Dutch CBS
 * gemeentecode (4 digits; a {@code GM} prefix is accepted and dropped).
 *
 * <p>The caller passes country, postcode and municipality code as plain values; an overload for
 * core's {@code Address} will follow once that type has landed.
 *
 * @param country {@code BE} or {@code NL}
 * @param kind postcode area or municipality
 * @param code the area code: 4 digits (postcode area), 5 digits (BE NIS) or 4 digits (NL CBS)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AreaCode(String country, Kind kind, String code) {

  /** The kind of area. */
  public enum Kind {
    /** A postcode area: BE postcode or NL PC4. */
    POSTCODE_AREA,
    /** A municipality: BE NIS code or NL CBS gemeentecode. */
    MUNICIPALITY
  }

  /**
   * Checks the components.
   *
   * @param country {@code BE} or {@code NL}
   * @param kind the kind
   * @param code the code
   */
  public AreaCode {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
  }

  /**
   * Generalises a postcode to its postcode area.
   *
   * @param country {@code BE} or {@code NL} (case-insensitive)
   * @param postcode {@code 1000} (BE) or {@code 1234 AB}, {@code 1234AB} (NL)
   * @return the area
   * @throws GeneralisationException for an unknown country or a postcode of the wrong shape
   */
  public static AreaCode postcodeArea(String country, String postcode) {
    Objects.requireNonNull(postcode, "postcode");
    String c = country(country);
    String p = postcode.strip().toUpperCase(Locale.ROOT);
    if (c.equals("BE")) {
      if (!p.matches("[1-9][0-9]{3}")) {
        throw new GeneralisationException(PrivacyError.POSTCODE, "in postcode (BE)");
      }
      return new AreaCode(c, Kind.POSTCODE_AREA, p);
    }
    if (!p.matches("[1-9][0-9]{3} ?[A-Z]{2}")) {
      throw new GeneralisationException(PrivacyError.POSTCODE, "in postcode (NL)");
    }
    return new AreaCode(c, Kind.POSTCODE_AREA, p.substring(0, 4));
  }

  /**
   * Checks and normalises a municipality code.
   *
   * @param country {@code BE} or {@code NL} (case-insensitive)
   * @param municipalityCode a 5-digit NIS code (BE) or a 4-digit CBS code, with or without {@code
   *     GM} (NL)
   * @return the area
   * @throws GeneralisationException for an unknown country or a code of the wrong shape
   */
  public static AreaCode municipality(String country, String municipalityCode) {
    Objects.requireNonNull(municipalityCode, "municipalityCode");
    String c = country(country);
    String m = municipalityCode.strip().toUpperCase(Locale.ROOT);
    if (c.equals("BE")) {
      if (!m.matches("[1-9][0-9]{4}")) {
        throw new GeneralisationException(PrivacyError.MUNICIPALITY_CODE, "in municipality code (BE)");
      }
      return new AreaCode(c, Kind.MUNICIPALITY, m);
    }
    if (m.startsWith("GM")) {
      m = m.substring(2);
    }
    if (!m.matches("[0-9]{4}")) {
      throw new GeneralisationException(PrivacyError.MUNICIPALITY_CODE, "in municipality code (NL)");
    }
    return new AreaCode(c, Kind.MUNICIPALITY, m);
  }

  private static String country(String country) {
    Objects.requireNonNull(country, "country");
    String c = country.strip().toUpperCase(Locale.ROOT);
    if (!c.equals("BE") && !c.equals("NL")) {
      throw new GeneralisationException(PrivacyError.COUNTRY, "in country");
    }
    return c;
  }

  /**
   * Returns a label such as {@code BE-postcode-1000}, {@code NL-pc4-1234}, {@code BE-nis-44021} or
   * {@code NL-cbs-0363}.
   *
   * @return the label
   */
  public String label() {
    String scheme;
    if (kind == Kind.POSTCODE_AREA) {
      scheme = country.equals("NL") ? "pc4" : "postcode";
    } else {
      scheme = country.equals("NL") ? "cbs" : "nis";
    }
    return country + "-" + scheme + "-" + code;
  }
}
