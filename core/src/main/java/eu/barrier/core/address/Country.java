package eu.barrier.core.address;

import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/**
 * The countries Barrier models addresses, organisations and identifiers for.
 *
 * <p>Unlike Barrier's other enums, a country is written in JSON as its ISO 3166-1 alpha-2 {@link
 * #code() code} ({@code "BE"}, {@code "NL"}), not in lower-kebab form; reading accepts exactly
 * that code.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Country {
  /** Belgium (ISO 3166-1 {@code BE}). */
  BE,
  /** The Netherlands (ISO 3166-1 {@code NL}). */
  NL;

  /**
   * Returns the ISO 3166-1 alpha-2 code, which is also the JSON form.
   *
   * @return {@code BE} or {@code NL}
   */
  @JsonValue
  public String code() {
    return name();
  }
}
