package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Dutch establishment number (vestigingsnummer) of the trade register, one per branch.
 *
 * <p>Rule: exactly 12 digits, without a public check digit, so only the form is checked.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. Display: {@code 000012345678}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NlEstablishmentNumber extends DigitIdentifier implements Identifier {

  private NlEstablishmentNumber(String digits) {
    super(IdentifierType.NL_ESTABLISHMENT, digits);
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.NL_ESTABLISHMENT.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the identifier
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static NlEstablishmentNumber parse(CharSequence input) {
    return new NlEstablishmentNumber(IdentifierType.NL_ESTABLISHMENT.canonicalDigits(input));
  }
}
