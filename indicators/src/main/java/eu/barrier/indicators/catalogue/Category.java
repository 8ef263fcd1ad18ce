package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The category of an indicator: one of the six dimensions of the ILO/EC 2009 Delphi indicators
 * (for person-level catalogues) or one of the barriers of the barrier model (for business-level
 * catalogues).
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum. ILO dimensions use
 * their upper-case codes ({@code "DR"}), barriers lower-kebab names ({@code "entry-identity"}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Category {
  /** ILO dimension: deceptive recruitment (including transfer and transport). */
  DR("DR", true, "misleidende werving", "recrutement trompeur", "deceptive recruitment"),
  /** ILO dimension: coercive recruitment. */
  CR("CR", true, "werving onder dwang", "recrutement forcé", "coercive recruitment"),
  /** ILO dimension: recruitment by abuse of vulnerability. */
  VR("VR", true, "werving door misbruik van kwetsbaarheid", "recrutement par abus de vulnérabilité",
      "recruitment by abuse of vulnerability"),
  /** ILO dimension: exploitative conditions of work. */
  EX("EX", true, "uitbuitende arbeidsomstandigheden", "conditions de travail abusives",
      "exploitative conditions of work"),
  /** ILO dimension: coercion at destination. */
  CD("CD", true, "dwang op de bestemming", "contrainte à destination", "coercion at destination"),
  /** ILO dimension: abuse of vulnerability at destination. */
  VD("VD", true, "misbruik van kwetsbaarheid op de bestemming", "abus de vulnérabilité à destination",
      "abuse of vulnerability at destination"),
  /** Barrier: recruitment. */
  RECRUITMENT("recruitment", false, "werving", "recrutement", "recruitment"),
  /** Barrier: entry and identity. */
  ENTRY_IDENTITY("entry-identity", false, "toegang en identiteit", "entrée et identité", "entry and identity"),
  /** Barrier: residence status. */
  RESIDENCE_STATUS("residence-status", false, "verblijfsstatus", "statut de séjour", "residence status"),
  /** Barrier: housing. */
  HOUSING("housing", false, "huisvesting", "logement", "housing"),
  /** Barrier: work. */
  WORK("work", false, "werk", "travail", "work"),
  /** Barrier: finances. */
  FINANCES("finances", false, "financiën", "finances", "finances"),
  /** Barrier: transport. */
  TRANSPORT("transport", false, "vervoer", "transport", "transport");

  private final String id;
  private final boolean iloDimension;
  private final String nl;
  private final String fr;
  private final String en;

  Category(String id, boolean iloDimension, String nl, String fr, String en) {
    this.id = id;
    this.iloDimension = iloDimension;
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  /**
   * Returns the name of this dimension or barrier for a reader, for example {@code "huisvesting"}
   * in Dutch.
   *
   * @param language the language
   * @return the name
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    return Objects.requireNonNull(language, "language").pick(nl, fr, en);
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "DR"} or {@code "housing"}.
   *
   * @return the JSON name; never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * Tells whether this category is an ILO 2009 dimension.
   *
   * @return {@code true} for {@code DR, CR, VR, EX, CD, VD}; {@code false} for barriers
   */
  public boolean isIloDimension() {
    return iloDimension;
  }

  /**
   * Tells whether this category is a barrier of the barrier model.
   *
   * @return {@code true} for barriers; {@code false} for ILO dimensions
   */
  public boolean isBarrier() {
    return !iloDimension;
  }

  /**
   * Returns the constant with the given JSON name.
   *
   * @param id the JSON name, case-sensitive
   * @return the constant
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Category fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Category value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Category name (%d characters)", id.length()));
  }
}
