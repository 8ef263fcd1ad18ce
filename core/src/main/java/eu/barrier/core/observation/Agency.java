package eu.barrier.core.observation;

import eu.barrier.core.Language;
import eu.barrier.core.address.Country;
import eu.barrier.core.internal.Labels;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The services that observe signals and can raise barriers, after the barrier model (TeamWork!,
 * the Dutch National Rapporteur, CONFINE). The abbreviations in brackets are those of Barrier's
 * domain notes.
 *
 * <p>Some services exist in one country only: {@link #country()} says which, and their Javadoc
 * too. In JSON, catalogues and
 * on the command line an agency is named by its lower-kebab id, for example {@code
 * social-inspection} (see {@link eu.barrier.core.json.BarrierJson#enumId(Enum)}).
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Agency {
  /** Municipal permit desk: operating, environmental and alcohol permits, Bibob (MUN-PERMIT). */
  PERMIT_DESK,
  /** Municipal population register desk: registrations and address checks (MUN-POP). */
  POPULATION_REGISTER,
  /** Municipal building and housing inspection (MUN-BLD). */
  BUILDING_INSPECTION,
  /** Local police (LP). */
  LOCAL_POLICE,
  /** Federal police (FP), Belgium: the federal level of the Belgian integrated police. */
  FEDERAL_POLICE(Country.BE),
  /** National police (Politie), the Netherlands. */
  NATIONAL_POLICE(Country.NL),
  /** Royal Marechaussee (KMar), the Netherlands: border and identity checks. */
  ROYAL_MARECHAUSSEE(Country.NL),
  /** Social inspection (SI), Belgium: RSZ/ONSS, TSW/CLS, ECOSOC. */
  SOCIAL_INSPECTION(Country.BE),
  /** Labour inspectorate (Nederlandse Arbeidsinspectie), the Netherlands. */
  LABOUR_INSPECTION(Country.NL),
  /** Tax authority (FOD Financien / Belastingdienst). */
  TAX_AUTHORITY,
  /** Financial intelligence unit (CTIF-CFI / FIU-Nederland). */
  FINANCIAL_INTELLIGENCE_UNIT,
  /** Immigration office (DVZ/OE in Belgium, IND in the Netherlands). */
  IMMIGRATION_OFFICE,
  /** Public prosecutor (parket / Openbaar Ministerie). */
  PUBLIC_PROSECUTOR,
  /** Belgian regional information and expertise centre (ARIEC). */
  ARIEC(Country.BE),
  /** Dutch regional information and expertise centre (RIEC). */
  RIEC(Country.NL),
  /** Care and youth care, including victim support (CARE). */
  CARE,
  /** Public health service (GGD in the Netherlands, municipal health inspection). */
  PUBLIC_HEALTH,
  /** Fire service: fire-safety inspections of premises. */
  FIRE_SERVICE,
  /** Another service; say which in the observation's note. */
  OTHER;

  private final Country country;

  Agency() {
    this(null);
  }

  Agency(Country country) {
    this.country = country;
  }

  /**
   * Returns the one country this service exists in, or empty for a kind of service both countries
   * have (a permit desk, local police, the tax authority, ...).
   *
   * @return the country, or empty
   */
  public Optional<Country> country() {
    return Optional.ofNullable(country);
  }

  /**
   * Tells whether this service can act in a country: it exists there, or in both countries.
   *
   * @param country the country
   * @return {@code true} unless this service exists only in the other country
   * @throws NullPointerException if {@code country} is {@code null}
   */
  public boolean actsIn(Country country) {
    java.util.Objects.requireNonNull(country, "country");
    return this.country == null || this.country == country;
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
