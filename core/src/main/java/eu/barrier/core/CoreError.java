package eu.barrier.core;

/**
 * The stable error codes of {@code barrier-core}.
 *
 * <p>Ranges: {@code 00xx} identifiers, {@code 01xx} JSON, {@code 02xx} validation at the
 * boundary, {@code 03xx} the domain model. Codes are never reused or renumbered.
 */
public enum CoreError implements ErrorCode {

  // ---- 00xx identifiers (eu.barrier.core.id) ----

  /** The input holds no digits. */
  ID_EMPTY("BARRIER-CORE-0001", "an identifier must contain digits"),

  /** The input is longer than the limit checked before normalisation. */
  ID_TOO_LONG("BARRIER-CORE-0002", "an identifier must be at most 64 characters long, separators included"),

  /** The input holds a character that is neither a digit nor an allowed separator. */
  ID_BAD_CHARACTER("BARRIER-CORE-0003", "only digits and the separators space, dot, dash and slash are allowed"),

  /** The input has the wrong number of digits for its type. */
  ID_WRONG_LENGTH("BARRIER-CORE-0004", "wrong number of digits"),

  /** The first digit is outside the range of its type. */
  ID_FIRST_DIGIT("BARRIER-CORE-0005", "first digit out of range"),

  /** The check digits do not match the other digits. */
  ID_CHECK_DIGITS("BARRIER-CORE-0006", "check digits do not match"),

  /** A national register number encodes a birth date that cannot exist. */
  ID_BIRTH_DATE("BARRIER-CORE-0007", "impossible birth date"),

  /** Every digit is zero. */
  ID_ALL_ZEROS("BARRIER-CORE-0008", "all digits are zero"),

  // ---- 01xx JSON (eu.barrier.core.json) ----

  // ---- 02xx validation at the boundary (eu.barrier.core.validation) ----

  // ---- 03xx domain model ----

  ;

  private final String code;
  private final String rule;

  CoreError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
