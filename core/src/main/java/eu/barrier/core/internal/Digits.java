package eu.barrier.core.internal;

import eu.barrier.core.CoreError;

/**
 * Turns the written forms of identifiers into digit strings, and digit strings back into display
 * forms. The one place where the accepted separators and prefixes are defined.
 */
public final class Digits {

  /** Inputs longer than this are rejected before they are scanned. */
  public static final int MAX_INPUT_LENGTH = 64;

  private Digits() {}

  /**
   * Appends the digits of a written identifier to {@code out}.
   *
   * <p>Accepted: ASCII digits; the separators space, dot, dash and slash anywhere; {@code (0)},
   * read as {@code 0}; and, when {@code vatPrefix} is set, a leading {@code BE} in any case.
   * Everything else is rejected.
   *
   * @param input the written form
   * @param vatPrefix whether a leading {@code BE} is allowed
   * @param out receives the digits
   * @return {@code null} when the input is well formed, otherwise the rule it breaks
   */
  public static CoreError normalise(CharSequence input, boolean vatPrefix, StringBuilder out) {
    int length = input.length();
    if (length > MAX_INPUT_LENGTH) {
      return CoreError.ID_TOO_LONG;
    }
    int i = vatPrefix ? afterVatPrefix(input) : 0;
    while (i < length) {
      char c = input.charAt(i);
      if (isDigit(c)) {
        out.append(c);
        i++;
      } else if (isSeparator(c)) {
        i++;
      } else if (isZeroInParentheses(input, i)) {
        out.append('0');
        i += 3;
      } else {
        return CoreError.ID_BAD_CHARACTER;
      }
    }
    return out.length() == 0 ? CoreError.ID_EMPTY : null;
  }

  /**
   * Returns the numeric value of {@code digits[from, to)}; the caller guarantees ASCII digits and
   * at most 18 of them.
   *
   * @param digits a digit string
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the value
   */
  public static long value(CharSequence digits, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (digits.charAt(i) - '0');
    }
    return value;
  }

  /**
   * Returns whether every character of a digit string is {@code 0}.
   *
   * @param digits a digit string
   * @return {@code true} for all zeros
   */
  public static boolean allZeros(CharSequence digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) != '0') {
        return false;
      }
    }
    return true;
  }

  /**
   * Formats a digit string with a pattern in which each {@code #} takes the next digit and every
   * other character is copied, for example {@code ####.###.###}.
   *
   * @param digits the digits, exactly as many as the pattern has {@code #}
   * @param pattern the pattern
   * @return the formatted string
   */
  public static String format(String digits, String pattern) {
    StringBuilder formatted = new StringBuilder(pattern.length());
    int next = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      formatted.append(c == '#' ? digits.charAt(next++) : c);
    }
    return formatted.toString();
  }

  private static int afterVatPrefix(CharSequence input) {
    int i = 0;
    while (i < input.length() && input.charAt(i) == ' ') {
      i++;
    }
    boolean prefixed =
        i + 1 < input.length()
            && Character.toUpperCase(input.charAt(i)) == 'B'
            && Character.toUpperCase(input.charAt(i + 1)) == 'E';
    return prefixed ? i + 2 : 0;
  }

  private static boolean isZeroInParentheses(CharSequence input, int i) {
    return input.charAt(i) == '('
        && i + 2 < input.length()
        && input.charAt(i + 1) == '0'
        && input.charAt(i + 2) == ')';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '/';
  }
}
