package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;

/**
 * What a catalogue's indicators describe. Person-level and business-level indicators live in
 * separate catalogues and are never mixed in one score.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
public enum SubjectKind {
  /** A natural person; indicators need an interview or a professional's finding. */
  PERSON("person"),
  /** A physical business location (an establishment unit). */
  ESTABLISHMENT("establishment"),
  /** A legal entity or enterprise. */
  ORGANISATION("organisation"),
  /** An address or building. */
  ADDRESS("address");

  private final String id;

  SubjectKind(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "person"}.
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
  public static SubjectKind fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (SubjectKind value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown SubjectKind name (%d characters)", id.length()));
  }
}
