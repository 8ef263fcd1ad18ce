package eu.barrier.linkage.schema;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Python 3.11's reading of numbers and white space, as clkhash relies on it: {@code int(s, 10)},
 * {@code float(s)} and {@code str.isspace()}.
 */
final class PythonText {

  private PythonText() {}

  /** {@code str.isspace()} for one code point: Unicode White_Space plus the separators U+001C to U+001F. */
  static boolean isSpace(int cp) {
    return switch (cp) {
      case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F,
          0x205F, 0x3000 -> true;
      default -> cp >= 0x2000 && cp <= 0x200A;
    };
  }

  /** A character class of exactly the code points {@link #isSpace} accepts, for regular expressions. */
  static final String SPACE_CLASS = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029"
      + "\\u202F\\u205F\\u3000]";

  /**
   * Python's preparation of number text: ASCII stays as it is; beyond ASCII every white space
   * becomes a space and every decimal digit its ASCII digit; then C white space around is removed.
   * Returns {@code null} if another non-ASCII character remains.
   */
  private static String asciiNumberText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 127) {
        b.append((char) cp);
      } else if (isSpace(cp)) {
        b.append(' ');
      } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
        b.append((char) ('0' + Character.digit(cp, 10)));
      } else {
        return null;
      }
    }
    int start = 0;
    int end = b.length();
    while (start < end && isAsciiSpace(b.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(b.charAt(end - 1))) {
      end--;
    }
    return b.substring(start, end);
  }

  /** C's {@code isspace} in the C locale, which Python uses around number text. */
  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static final Pattern INT = Pattern.compile("[+-]?[0-9](_?[0-9])*");
  private static final Pattern FLOAT = Pattern.compile(
      "[+-]?(([0-9](_?[0-9])*)(\\.([0-9](_?[0-9])*)?)?|\\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?");
  private static final Pattern SPECIAL = Pattern.compile("[+-]?(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  /**
   * {@code int(s, 10)}: white space around, a sign, digits with single underscores between them,
   * any Unicode decimal digits.
   *
   * @return the value, or {@code null} where Python raises {@code ValueError}
   */
  static BigInteger parseInt(String s) {
    String t = asciiNumberText(s);
    if (t == null || !INT.matcher(t).matches()) {
      return null;
    }
    return new BigInteger(t.replace("_", ""));
  }

  /**
   * {@code float(s)}: the decimal forms Python accepts, correctly rounded. Infinity and NaN, which
   * Python also accepts, are returned as such; the caller decides.
   *
   * @return the value, or {@code null} where Python raises {@code ValueError}
   */
  static Double parseFloat(String s) {
    String t = asciiNumberText(s);
    if (t == null) {
      return null;
    }
    if (FLOAT.matcher(t).matches()) {
      return Double.parseDouble(t.replace("_", ""));
    }
    if (SPECIAL.matcher(t).matches()) {
      boolean negative = t.startsWith("-");
      return t.toLowerCase(java.util.Locale.ROOT).endsWith("nan")
          ? Double.NaN
          : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return null;
  }

  /** The number of code points, as Python's {@code len} of a str. */
  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
