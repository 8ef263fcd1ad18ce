package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * A service that can observe an indicator or act on it.
 * <p>Temporary: replaced by {@code eu.barrier.core.observation.Agency} once core provides it; the
 * JSON names stay the same.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
public enum Agency {
  /** Municipal permit and licensing desk, including integrity screening (Bibob). */
  PERMIT_DESK("permit-desk"),
  /** Municipal population register (BE bevolkingsregister, NL BRP). */
  POPULATION_REGISTER("population-register"),
  /** Building, housing-quality and environmental inspection. */
  BUILDING_INSPECTION("building-inspection"),
  /** Local police and community officers. */
  LOCAL_POLICE("local-police"),
  /** Belgian federal or judicial police. */
  FEDERAL_POLICE("federal-police"),
  /** Dutch national police, including the Royal Marechaussee where relevant. */
  NATIONAL_POLICE("national-police"),
  /** Social inspection (BE RSZ/ONSS, ECOSOC units). */
  SOCIAL_INSPECTION("social-inspection"),
  /** Labour inspection (BE TSW/CLS, NL Nederlandse Arbeidsinspectie). */
  LABOUR_INSPECTION("labour-inspection"),
  /** Tax administration, including local taxes. */
  TAX("tax"),
  /** Immigration office (BE DVZ/OE, NL IND). */
  IMMIGRATION_OFFICE("immigration-office"),
  /** Public prosecutor's office. */
  PUBLIC_PROSECUTOR("public-prosecutor"),
  /** Belgian ARIEC (district information and expertise centre). */
  ARIEC("ariec"),
  /** Dutch RIEC or LIEC. */
  RIEC("riec"),
  /** Care and youth workers, schools, health services and NGOs. */
  CARE("care"),
  /** Fire service and fire-safety inspection. */
  FIRE_SERVICE("fire-service");

  private final String id;

  Agency(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "permit-desk"}.
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
  public static Agency fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Agency value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Agency name (%d characters)", id.length()));
  }
}
