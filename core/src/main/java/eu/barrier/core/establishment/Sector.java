package eu.barrier.core.establishment;

import eu.barrier.core.Language;
import eu.barrier.core.internal.Labels;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The risk sectors named by the Belgian and Dutch administrative approach (CONFINE scope, sector
 * signal lists): the businesses where labour or sexual exploitation is met most often.
 *
 * <h2>Mapping from activity codes</h2>
 *
 * <p>{@link #of(ActivityCode)} maps a code to a sector only where Barrier's domain notes give a
 * source. It matches the longest prefix of the code's digits: a class such as {@code 56.10} also
 * covers its national subclasses ({@code 56.101}, SBI {@code 56101}). Belgian 5-digit subclasses
 * are only used for NACE-BEL; SBI codes map through their 4-digit NACE backbone.
 *
 * <table>
 *   <caption>Sourced mappings; [V] verified in a stored source, [R] from recollection
 *   (unverified: review before relying on it)</caption>
 *   <tr><th>sector</th><th>2008 generation (NACE-BEL 2008, SBI 2008)</th>
 *       <th>2025 generation (NACE-BEL 2025, SBI 2025)</th></tr>
 *   <tr><td>{@link #MASSAGE}</td><td>96.04 [V]</td><td>96.23 [V]</td></tr>
 *   <tr><td>{@link #HAIRDRESSER}</td><td>NACE-BEL 96.021 [R]</td><td>96.21 [V]</td></tr>
 *   <tr><td>{@link #NAIL_AND_BEAUTY_SALON}</td><td>NACE-BEL 96.022 [R]</td>
 *       <td>96.22 [V]</td></tr>
 *   <tr><td>{@link #OTHER_PERSONAL_SERVICES}</td><td>96.09 [V]</td><td>(none)</td></tr>
 *   <tr><td>{@link #HORECA}</td><td>56.10, 56.30 [R]</td><td>56.30 [R]</td></tr>
 *   <tr><td>{@link #ACCOMMODATION}</td><td>55.10, 55.20 [R]</td><td>(none)</td></tr>
 *   <tr><td>{@link #CLEANING}</td><td>81.21, 81.22 [R]</td><td>(none)</td></tr>
 *   <tr><td>{@link #CONSTRUCTION}</td><td>41.20, division 43 [R]</td>
 *       <td>divisions 41, 42, 43 [R]</td></tr>
 *   <tr><td>{@link #TRANSPORT}</td><td>49.32, 49.41, 53.20 [R]</td><td>49.41 [R]</td></tr>
 *   <tr><td>{@link #BETTING}</td><td>92.00 [R]</td><td>(none)</td></tr>
 * </table>
 *
 * <p>Deliberately <strong>not</strong> mapped:
 *
 * <ul>
 *   <li>{@link #CARWASH}: washing and polishing sits in car maintenance (NACE 45.20, from 2025
 *       95.31) together with garages and tyre shops; the Belgian carwash subclass (probably
 *       45.206) and its 2025 equivalent are unverified, and no SBI code was found. Set the sector
 *       explicitly.
 *   <li>{@link #NIGHT_SHOP}: 47.11 also covers supermarkets, and the small-area Belgian subclass
 *       is unverified.
 *   <li>The 2008 class 96.02 without subclass: it covers both hairdressers and beauty salons.
 *   <li>2025 codes the notes give only vaguely (56.1x, 81.2x, 92.0x, 96.9x, 55.x "similar").
 *   <li>SBI 5-digit subdivisions, which are unverified; SBI codes map through their class.
 * </ul>
 *
 * <p>An empty result means "no sourced mapping", never "not a risk sector".
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Sector {
  /** Hand carwashes. Never derived from an activity code (see the class comment). */
  CARWASH,
  /** Massage salons (non-medical), saunas, solaria and other physical well-being activities. */
  MASSAGE,
  /** Nail studios and beauty salons. */
  NAIL_AND_BEAUTY_SALON,
  /** Hairdressers and barbers. */
  HAIRDRESSER,
  /** Night shops. Never derived from an activity code (see the class comment). */
  NIGHT_SHOP,
  /** Restaurants, cafés and bars. */
  HORECA,
  /** Hotels and other short-stay accommodation. */
  ACCOMMODATION,
  /** Cleaning of buildings and industrial cleaning. */
  CLEANING,
  /** Construction of buildings and specialised construction work. */
  CONSTRUCTION,
  /** Road freight, taxis, couriers and parcel delivery. */
  TRANSPORT,
  /** Other personal services: escort, dating, tattoo and similar services. */
  OTHER_PERSONAL_SERVICES,
  /** Gambling and betting shops. */
  BETTING,
  /** Any other sector. */
  OTHER;

  /** Prefix of the digits to sector, for the NACE Rev. 2 backbone (both 2008 classifications). */
  private static final Map<String, Sector> REVISION_2 =
      Map.ofEntries(
          Map.entry("9604", MASSAGE),
          Map.entry("9609", OTHER_PERSONAL_SERVICES),
          Map.entry("5610", HORECA),
          Map.entry("5630", HORECA),
          Map.entry("5510", ACCOMMODATION),
          Map.entry("5520", ACCOMMODATION),
          Map.entry("8121", CLEANING),
          Map.entry("8122", CLEANING),
          Map.entry("4120", CONSTRUCTION),
          Map.entry("43", CONSTRUCTION),
          Map.entry("4932", TRANSPORT),
          Map.entry("4941", TRANSPORT),
          Map.entry("5320", TRANSPORT),
          Map.entry("9200", BETTING));

  /** Belgian NACE-BEL 2008 subclasses. */
  private static final Map<String, Sector> NACE_BEL_2008_SUBCLASSES =
      Map.of("96021", HAIRDRESSER, "96022", NAIL_AND_BEAUTY_SALON);

  /** Prefix of the digits to sector, for the NACE Rev. 2.1 backbone (both 2025 classifications). */
  private static final Map<String, Sector> REVISION_2_1 =
      Map.ofEntries(
          Map.entry("9623", MASSAGE),
          Map.entry("9621", HAIRDRESSER),
          Map.entry("9622", NAIL_AND_BEAUTY_SALON),
          Map.entry("5630", HORECA),
          Map.entry("41", CONSTRUCTION),
          Map.entry("42", CONSTRUCTION),
          Map.entry("43", CONSTRUCTION),
          Map.entry("4941", TRANSPORT));

  /**
   * Returns the risk sector of an activity code, where a sourced mapping exists (see the class
   * comment for the table and the deliberate gaps).
   *
   * @param code the activity code
   * @return the sector; empty if there is no sourced mapping or the code is not well formed
   */
  public static Optional<Sector> of(ActivityCode code) {
    Objects.requireNonNull(code, "code");
    if (!code.isCodeWellFormed() || code.classification() == null || code.code() == null) {
      return Optional.empty();
    }
    String digits = code.digits();
    if (code.classification() == ActivityClassification.NACE_BEL_2008) {
      Sector subclass = NACE_BEL_2008_SUBCLASSES.get(digits);
      if (subclass != null) {
        return Optional.of(subclass);
      }
    }
    Map<String, Sector> table = code.classification().isRevision21() ? REVISION_2_1 : REVISION_2;
    for (int length = Math.min(4, digits.length()); length >= 2; length--) {
      Sector sector = table.get(digits.substring(0, length));
      if (sector != null) {
        return Optional.of(sector);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the display label in Dutch, French or English.
   *
   * @param language the language
   * @return the label
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    return Labels.label(this, language);
  }

  /**
   * Returns the display label in Dutch, French or English; other languages get English.
   *
   * @param locale the requested locale; only its language counts
   * @return the label
   * @deprecated Barrier asks for a language with {@link Language} everywhere: use {@link
   *     #label(Language) label(Language.of(locale))}.
   */
  @Deprecated(since = "0.1.0")
  public String label(Locale locale) {
    return label(Language.of(locale));
  }
}
