package eu.barrier.core.observation;

import eu.barrier.core.internal.Labels;
import java.util.Locale;

/**
 * The services that observe signals and can raise barriers, after the barrier model (TeamWork!,
 * the Dutch National Rapporteur, CONFINE). The abbreviations in brackets are those of Barrier's
 * domain notes.
 */
public enum Agency {
  /** Municipal permit desk: operating, environmental and alcohol permits, Bibob (MUN-PERMIT). */
  PERMIT_DESK,
  /** Municipal population register desk: registrations and address checks (MUN-POP). */
  POPULATION_REGISTER,
  /** Municipal building and housing inspection (MUN-BLD). */
  BUILDING_INSPECTION,
  /** Local police (LP). */
  LOCAL_POLICE,
  /** Belgian federal police (FP). */
  FEDERAL_POLICE_BE,
  /** Dutch national police (Politie). */
  NATIONAL_POLICE_NL,
  /** Dutch Royal Marechaussee (KMar): border and identity checks. */
  ROYAL_MARECHAUSSEE_NL,
  /** Belgian social inspection (SI): RSZ/ONSS, TSW/CLS, ECOSOC. */
  SOCIAL_INSPECTION_BE,
  /** Dutch labour inspectorate (Nederlandse Arbeidsinspectie). */
  LABOUR_INSPECTION_NL,
  /** Tax authority (FOD Financien / Belastingdienst). */
  TAX_AUTHORITY,
  /** Financial intelligence unit (CTIF-CFI / FIU-Nederland). */
  FINANCIAL_INTELLIGENCE_UNIT,
  /** Immigration office (DVZ/OE in Belgium, IND in the Netherlands). */
  IMMIGRATION_OFFICE,
  /** Public prosecutor (parket / Openbaar Ministerie). */
  PUBLIC_PROSECUTOR,
  /** Belgian regional information and expertise centre (ARIEC). */
  ARIEC,
  /** Dutch regional information and expertise centre (RIEC). */
  RIEC,
  /** Care and youth care, including victim support (CARE). */
  CARE,
  /** Public health service (GGD in the Netherlands, municipal health inspection). */
  PUBLIC_HEALTH,
  /** Fire service: fire-safety inspections of premises. */
  FIRE_SERVICE,
  /** Another service; say which in the observation's note. */
  OTHER;

  /**
   * Returns the display label in Dutch, French or English; other languages get English.
   *
   * @param locale the requested locale; only its language counts
   * @return the label
   */
  public String label(Locale locale) {
    return Labels.label(this, locale);
  }
}
