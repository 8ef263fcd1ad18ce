package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * The category of an indicator: one of the six dimensions of the ILO/EC 2009 Delphi indicators
 * (for person-level catalogues) or one of the barriers of the barrier model (for business-level
 * catalogues).
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum. ILO dimensions use
 * their upper-case codes ({@code "DR"}), barriers lower-kebab names ({@code "entry-identity"}).
 */
public enum Category {
  /** ILO dimension: deceptive recruitment (including transfer and transport). */
  DR("DR", true),
  /** ILO dimension: coercive recruitment. */
  CR("CR", true),
  /** ILO dimension: recruitment by abuse of vulnerability. */
  VR("VR", true),
  /** ILO dimension: exploitative conditions of work. */
  EX("EX", true),
  /** ILO dimension: coercion at destination. */
  CD("CD", true),
  /** ILO dimension: abuse of vulnerability at destination. */
  VD("VD", true),
  /** Barrier: recruitment. */
  RECRUITMENT("recruitment", false),
  /** Barrier: entry and identity. */
  ENTRY_IDENTITY("entry-identity", false),
  /** Barrier: residence status. */
  RESIDENCE_STATUS("residence-status", false),
  /** Barrier: housing. */
  HOUSING("housing", false),
  /** Barrier: work. */
  WORK("work", false),
  /** Barrier: finances. */
  FINANCES("finances", false),
  /** Barrier: transport. */
  TRANSPORT("transport", false);

  private final String id;
  private final boolean iloDimension;

  Category(String id, boolean iloDimension) {
    this.id = id;
    this.iloDimension = iloDimension;
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
