package eu.barrier.registers.internal;

/**
 * Reads KBO enterprise and establishment unit numbers ({@code 0411.104.014}, {@code
 * 2.004.869.739}) as a {@code long} of their 10 digits, without allocating. Enterprise numbers
 * (first digit 0 or 1) and establishment unit numbers (2 to 8) never collide in this key space.
 * Check digits are not checked here: keys are looked up in an index of numbers that core's
 * identifier types accepted.
 */
public final class KboNumbers {

  /** Returned for text that is not 10 digits with optional dots. */
  public static final long MALFORMED = -1L;

  private KboNumbers() {}

  /**
   * Reads a number from characters.
   *
   * @param chars the buffer
   * @param start where the field starts
   * @param length the field length
   * @return the 10-digit value, or {@link #MALFORMED}
   */
  public static long key(char[] chars, int start, int length) {
    if (length < 10 || length > 13) {
      return MALFORMED;
    }
    long value = 0;
    int digits = 0;
    for (int i = start, end = start + length; i < end; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c != '.') {
        return MALFORMED;
      }
    }
    return digits == 10 ? value : MALFORMED;
  }

  /**
   * Reads a number from text.
   *
   * @param text the text
   * @return the 10-digit value, or {@link #MALFORMED}
   */
  public static long key(String text) {
    return key(text.toCharArray(), 0, text.length());
  }

  /**
   * Tells whether a key has the mod-97 check digits of a KBO number (the rule core's identifier
   * types check): the last two digits equal 97 minus the first eight modulo 97.
   *
   * @param key the key
   * @return {@code true} if the check digits match
   */
  public static boolean checkDigitsMatch(long key) {
    return key >= 0 && key % 100 == 97 - (key / 100) % 97;
  }

  /**
   * Reads the key of the first field of a raw row, quoted or not.
   *
   * @param chars the buffer
   * @param start where the row starts
   * @param end where it ends
   * @return the key, or {@link #MALFORMED}
   */
  public static long firstKey(byte[] chars, int start, int end) {
    if (start < end && chars[start] == '"') {
      int close = start + 1;
      while (close < end && chars[close] != '"') {
        close++;
      }
      return key(chars, start + 1, close - start - 1);
    }
    int comma = start;
    while (comma < end && chars[comma] != ',') {
      comma++;
    }
    return key(chars, start, comma - start);
  }

  /**
   * Reads a number from ASCII bytes.
   *
   * @param bytes the buffer
   * @param start where the field starts
   * @param length the field length
   * @return the 10-digit value, or {@link #MALFORMED}
   */
  public static long key(byte[] bytes, int start, int length) {
    if (length < 10 || length > 13) {
      return MALFORMED;
    }
    long value = 0;
    int digits = 0;
    for (int i = start, end = start + length; i < end; i++) {
      int c = bytes[i];
      if (c >= '0' && c <= '9') {
        value = value * 10 + (c - '0');
        digits++;
      } else if (c != '.') {
        return MALFORMED;
      }
    }
    return digits == 10 ? value : MALFORMED;
  }

  /**
   * Returns the 10 canonical digits of a key.
   *
   * @param key the key
   * @return the digits, with leading zeros
   */
  public static String digits(long key) {
    String s = Long.toString(key);
    return "0000000000".substring(s.length()) + s;
  }

  /**
   * Tells whether a key is an enterprise number (first digit 0 or 1).
   *
   * @param key the key
   * @return {@code true} for an enterprise number
   */
  public static boolean isEnterprise(long key) {
    return key >= 0 && key < 2_000_000_000L;
  }
}
