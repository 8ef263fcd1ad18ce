package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Dutch RSIN (rechtspersonen en samenwerkingsverbanden informatienummer), the number of a legal
 * entity or partnership.
 *
 * <p>Rule: 9 digits, not all zero, passing the same 11-test as the BSN: {@code 9·d1 + 8·d2 + … +
 * 2·d8 − d9 ≡ 0 (mod 11)}.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. An 8-digit number gets a leading {@code 0}. Display:
 * {@code 123456782}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NlRsin extends DigitIdentifier implements Identifier {

  private NlRsin(String digits) {
    super(IdentifierType.NL_RSIN, digits);
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.NL_RSIN.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the identifier
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static NlRsin parse(CharSequence input) {
    return new NlRsin(IdentifierType.NL_RSIN.canonicalDigits(input));
  }
}
