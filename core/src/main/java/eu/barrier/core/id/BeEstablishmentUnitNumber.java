package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Belgian establishment unit number (vestigingseenheidsnummer, numéro d'unité d'établissement)
 * from the KBO/BCE.
 *
 * <p>Rule: 10 digits, the first 2 to 8, and the last two equal {@code 97 - (first 8 digits mod
 * 97)}.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. Display: {@code 2.104.471.814}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class BeEstablishmentUnitNumber extends DigitIdentifier implements Identifier {

  private BeEstablishmentUnitNumber(String digits) {
    super(IdentifierType.BE_ESTABLISHMENT, digits);
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.BE_ESTABLISHMENT.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the identifier
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static BeEstablishmentUnitNumber parse(CharSequence input) {
    return new BeEstablishmentUnitNumber(IdentifierType.BE_ESTABLISHMENT.canonicalDigits(input));
  }
}
