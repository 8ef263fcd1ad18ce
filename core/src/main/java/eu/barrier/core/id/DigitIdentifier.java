package eu.barrier.core.id;

/**
 * Shared state and behaviour of the identifier classes: canonical digits, display, equality on
 * class and digits, and a redacted {@code toString()}.
 */
abstract class DigitIdentifier {

  private final IdentifierType type;
  private final String digits;

  DigitIdentifier(IdentifierType type, String digits) {
    this.type = type;
    this.digits = digits;
  }

  /**
   * Returns the type of this identifier.
   *
   * @return the type
   */
  public final IdentifierType type() {
    return type;
  }

  /**
   * Returns the digits only.
   *
   * @return the canonical form
   */
  public final String canonical() {
    return digits;
  }

  /**
   * Returns the usual written form.
   *
   * @return the display form
   */
  public final String display() {
    return type.scheme().format(digits);
  }

  /**
   * Equal when of the same class with the same canonical digits.
   *
   * @param other another object
   * @return whether equal
   */
  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && digits.equals(((DigitIdentifier) other).digits);
  }

  /**
   * Hash of the canonical digits.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return digits.hashCode();
  }

  /**
   * Returns the simple class name and {@code [redacted]}, never the digits.
   *
   * @return for example {@code NlBsn[redacted]}
   */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[redacted]";
  }
}
