package eu.barrier.core.id;

import org.apiguardian.api.API;

/**
 * A Dutch chamber of commerce number (KvK-nummer).
 *
 * <p>Rule: exactly 8 digits. It is a sequence number without a public check digit, so only the form
 * is checked.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes
 * anywhere, and {@code (0)} read as {@code 0}. Display: {@code 12345678}.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NlKvkNumber extends DigitIdentifier implements Identifier {

  private NlKvkNumber(String digits) {
    super(IdentifierType.NL_KVK, digits);
  }

  /**
   * Returns whether {@code input} is valid; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return IdentifierType.NL_KVK.isValid(input);
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the identifier
   * @throws InvalidIdentifierException if the input breaks a rule; the code names which
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static NlKvkNumber parse(CharSequence input) {
    return new NlKvkNumber(IdentifierType.NL_KVK.canonicalDigits(input));
  }
}
