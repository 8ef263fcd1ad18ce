package eu.barrier.core.establishment;

import eu.barrier.core.address.Country;
import org.apiguardian.api.API;

/**
 * An economic-activity classification. Belgium (KBO/BCE) moved from NACE-BEL 2008 to NACE-BEL 2025
 * on 1 January 2025; the Netherlands (KvK) recoded from SBI 2008 to SBI 2025 in September 2025.
 * Records of both generations stay in circulation, so Barrier accepts all four.
 *
 * <p>All four share the shape of their European backbone: a 2-digit division, optionally followed
 * by a dot and 1 to 3 more digits (group, class, national subclass), canonically written {@code
 * 96}, {@code 96.0}, {@code 96.04} or {@code 96.040}. Barrier checks the shape only; it ships no
 * code lists, so a well-formed code need not exist.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum ActivityClassification {
  /** NACE-BEL 2008, the Belgian subdivision of NACE Rev. 2 (in the KBO until 2024). */
  NACE_BEL_2008(Country.BE, false),
  /** NACE-BEL 2025, the Belgian subdivision of NACE Rev. 2.1 (in the KBO from 2025). */
  NACE_BEL_2025(Country.BE, true),
  /** SBI 2008, the Dutch subdivision of NACE Rev. 2 (in the KvK until September 2025). */
  SBI_2008(Country.NL, false),
  /** SBI 2025, the Dutch subdivision of NACE Rev. 2.1 (in the KvK from September 2025). */
  SBI_2025(Country.NL, true);

  private static final java.util.regex.Pattern CANONICAL =
      java.util.regex.Pattern.compile("[0-9]{2}(\\.[0-9]{1,3})?");

  private final Country country;
  private final boolean revision21;

  ActivityClassification(Country country, boolean revision21) {
    this.country = country;
    this.revision21 = revision21;
  }

  /**
   * Returns the country whose register uses this classification.
   *
   * @return {@link Country#BE} or {@link Country#NL}
   */
  public Country country() {
    return country;
  }

  /**
   * Tells whether this classification is based on NACE Rev. 2.1 (the 2025 generation) rather
   * than NACE Rev. 2 (2008).
   *
   * @return {@code true} for the 2025 generation
   */
  public boolean isRevision21() {
    return revision21;
  }

  /**
   * Tells whether a code in canonical form is well formed in this classification: two digits,
   * optionally a dot and one to three digits.
   *
   * @param canonicalCode the code with its dot, for example {@code 96.040}; may be {@code null}
   * @return {@code true} if well formed
   */
  public boolean isWellFormed(String canonicalCode) {
    return canonicalCode != null && CANONICAL.matcher(canonicalCode).matches();
  }
}
