package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The severity of a lint finding.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Severity {
  /** The catalogue must not be used until it is fixed. */
  ERROR("error"),
  /** The catalogue may be used, but a reviewer should look at it. */
  WARNING("warning"),
  /** A recorded, reviewed exception; no action needed. */
  INFO("info");

  private final String id;

  Severity(String id) {
    this.id = id;
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "error"}.
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
  public static Severity fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Severity value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Severity name (%d characters)", id.length()));
  }
}
