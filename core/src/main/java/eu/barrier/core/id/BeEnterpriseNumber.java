package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Belgian enterprise number (ondernemingsnummer, numéro d'entreprise) from the Crossroads Bank
 * for Enterprises (KBO/BCE); with a {@code BE} prefix it is also the Belgian VAT number.
 *
 * <p>Rule: 10 digits, the first 0 or 1, and the last two equal {@code 97 - (first 8 digits mod
 * 97)}.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. A leading {@code BE} in any case, optionally
 * followed by a space; legacy 9-digit numbers get a leading {@code 0}. Display: {@code
 * 0203.201.340}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class BeEnterpriseNumber extends DigitIdentifier implements Identifier {

  private BeEnterpriseNumber(String digits) {
    super(IdentifierType.BE_ENTERPRISE, digits);
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.BE_ENTERPRISE.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the identifier
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static BeEnterpriseNumber parse(CharSequence input) {
    return new BeEnterpriseNumber(IdentifierType.BE_ENTERPRISE.canonicalDigits(input));
  }
}
