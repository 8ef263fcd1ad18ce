package eu.barrier.privacy.internal;

/** Lower-case hexadecimal, strict on input. */
public final class Hex {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Encodes bytes as lower-case hex.
   *
   * @param b the bytes
   * @return two characters per byte
   */
  public static String encode(byte[] b) {
    char[] out = new char[b.length * 2];
    for (int i = 0; i < b.length; i++) {
      out[2 * i] = DIGITS[(b[i] >>> 4) & 0xf];
      out[2 * i + 1] = DIGITS[b[i] & 0xf];
    }
    return new String(out);
  }

  /**
   * Decodes lower-case or upper-case hex.
   *
   * @param s an even number of hex digits
   * @return the bytes
   * @throws IllegalArgumentException if {@code s} is not hex
   */
  public static byte[] decode(String s) {
    if (s.length() % 2 != 0) {
      throw new IllegalArgumentException("odd number of hex digits");
    }
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = digit(s.charAt(2 * i));
      int lo = digit(s.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        throw new IllegalArgumentException("not a hex digit");
      }
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /**
   * Tells whether {@code s} is exactly {@code chars} lower-case hex digits.
   *
   * @param s the text
   * @param chars the expected length
   * @return whether it matches
   */
  public static boolean isLowerHex(String s, int chars) {
    if (s.length() != chars) {
      return false;
    }
    for (int i = 0; i < chars; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
