package eu.barrier.core.address;

import org.apiguardian.api.API;

/**
 * The countries Barrier models addresses, organisations and identifiers for.
 *
 * <p>Like Barrier's other enums, a country is written in JSON in lower-kebab form ({@code "be"},
 * {@code "nl"}). Reading also accepts the upper-case ISO 3166-1 alpha-2 {@link #code() code}
 * ({@code "BE"}), the spelling before 0.1.0; that is deprecated and will be removed in a later
 * release.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Country {
  /** Belgium (ISO 3166-1 {@code BE}). */
  BE,
  /** The Netherlands (ISO 3166-1 {@code NL}). */
  NL;

  /**
   * Returns the ISO 3166-1 alpha-2 code (not the JSON form, which is lower case).
   *
   * @return {@code BE} or {@code NL}
   */
  public String code() {
    return name();
  }
}
