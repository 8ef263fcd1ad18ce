package eu.barrier.core.id;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import eu.barrier.core.internal.IdentifierTexts;
import eu.barrier.core.internal.Digits;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A Dutch BAG object id: 16 digits, the 4-digit municipality code (gemeentecode), the 2-digit
 * object-type code ({@link BagObjectType}: 01 verblijfsobject, 02 ligplaats, 03 standplaats, 10
 * pand, 20 nummeraanduiding, 30 openbare ruimte) and a 10-digit serial number. There is no check
 * digit, so only the form and the object-type code are checked.
 *
 * <p>Written forms accepted by {@link #parse}: digits with spaces, dots, dashes or slashes anywhere.
 * Display and canonical form: the 16 digits, for example {@code 0629200000004591}.
 *
 * <p>A BAG id locates an address or a building, possibly a home: {@link #toString()} shows only
 * the object type. Ask for {@link #canonical()} where the value is needed.
 *
 * <p>Not an {@link Identifier}: it names a place, not the subject of an observation. Errors use the
 * identifier codes ({@code BARRIER-CORE-0001} to {@code 0004}) and {@code BARRIER-CORE-0009} for
 * an unknown object-type code.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class BagId {

  /** The number of digits. */
  public static final int LENGTH = 16;

  private final String digits;
  private final BagObjectType objectType;

  private BagId(String digits, BagObjectType objectType) {
    this.digits = digits;
    this.objectType = objectType;
  }

  /**
   * Returns whether {@code input} is a valid BAG id; never throws for bad input.
   *
   * @param input the text, may be {@code null} (not valid)
   * @return {@code true} if {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence input) {
    return input != null && check(input, new StringBuilder(LENGTH)) == null;
  }

  /**
   * Parses a written form.
   *
   * @param input the text
   * @return the id
   * @throws InvalidBagIdException if the input breaks a rule; its code names which, its message
   *     never holds the input
   * @throws NullPointerException if {@code input} is {@code null}
   */
  public static BagId parse(CharSequence input) {
    Objects.requireNonNull(input, "input");
    StringBuilder out = new StringBuilder(LENGTH);
    CoreError error = check(input, out);
    if (error != null) {
      throw new InvalidBagIdException(error);
    }
    String d = out.toString();
    return new BagId(d, BagObjectType.of(d.substring(4, 6)).orElseThrow());
  }

  private static CoreError check(CharSequence input, StringBuilder out) {
    CoreError error = Digits.normalise(input, false, out);
    if (error != null) {
      return error;
    }
    if (out.length() != LENGTH) {
      return CoreError.ID_WRONG_LENGTH;
    }
    return BagObjectType.of(out.subSequence(4, 6)).isPresent() ? null : CoreError.ID_BAG_OBJECT_TYPE;
  }

  /**
   * Returns the 16 digits.
   *
   * @return the canonical form
   */
  public String canonical() {
    return digits;
  }

  /**
   * Returns the usual written form, the 16 digits.
   *
   * @return the display form
   */
  public String display() {
    return digits;
  }

  /**
   * Returns the municipality code (gemeentecode), the first 4 digits.
   *
   * @return 4 digits
   */
  public String municipalityCode() {
    return digits.substring(0, 4);
  }

  /**
   * Returns the object type.
   *
   * @return the type
   */
  public BagObjectType objectType() {
    return objectType;
  }

  /**
   * Returns the serial number, the last 10 digits.
   *
   * @return 10 digits
   */
  public String serial() {
    return digits.substring(6);
  }

  /**
   * Equal when the digits are equal.
   *
   * @param other another object
   * @return whether equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof BagId b && b.digits.equals(digits);
  }

  /**
   * Hash of the digits.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns the object type only.
   *
   * @return for example {@code BagId[NUMMERAANDUIDING, redacted]}
   */
  @Override
  public String toString() {
    return "BagId[" + objectType + ", redacted]";
  }

  /**
   * Thrown when text is not a valid BAG id; the message names the rule, never the input. {@link
   * #message(Language)} gives the same problem in Dutch, French or English.
   */
  public static final class InvalidBagIdException extends BarrierException {
    private static final long serialVersionUID = 1L;

    private final CoreError error;

    InvalidBagIdException(CoreError error) {
      super(error, "nl-bag: " + reason(error, Language.EN));
      this.error = error;
    }

    /**
     * Returns the message for a person in a language, without the code and without the input, for
     * example {@code BAG-identificatie: verkeerd aantal cijfers: precies 16 cijfers zijn vereist}.
     *
     * @param language the language
     * @return the message; never {@code null}
     * @throws NullPointerException if {@code language} is {@code null}
     */
    public String message(Language language) {
      return IdentifierTexts.text("bag", language) + ": " + reason(error, language);
    }

    private static String reason(CoreError error, Language language) {
      return IdentifierTexts.rule(error, language)
          + (error == CoreError.ID_WRONG_LENGTH ? ": " + IdentifierTexts.text("length", language, LENGTH) : "");
    }
  }
}
