package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How far a catalogue's content has been checked against its primary sources.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Verification {
  /** Every indicator and strength was checked against the primary source. */
  VERIFIED("verified"),
  /** Some content was checked, or only against secondary sources. */
  PARTLY_VERIFIED("partly-verified"),
  /** Content comes from recollection, proposals or unchecked sources. */
  UNVERIFIED("unverified");

  private final String id;

  Verification(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "verified"}.
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
  public static Verification fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Verification value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Verification name (%d characters)", id.length()));
  }
}
