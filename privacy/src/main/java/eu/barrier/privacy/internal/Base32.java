package eu.barrier.privacy.internal;

/** Lower-case RFC 4648 base32 without padding, for 5-byte key ids (exactly 8 characters). */
public final class Base32 {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

  private Base32() {}

  /**
   * Encodes exactly 5 bytes as 8 characters.
   *
   * @param five 5 bytes
   * @return 8 characters of {@code a-z2-7}
   */
  public static String encode5(byte[] five) {
    if (five.length != 5) {
      throw new IllegalArgumentException("expected 5 bytes");
    }
    long v = 0;
    for (byte b : five) {
      v = (v << 8) | (b & 0xff);
    }
    char[] out = new char[8];
    for (int i = 7; i >= 0; i--) {
      out[i] = ALPHABET[(int) (v & 31)];
      v >>>= 5;
    }
    return new String(out);
  }

  /**
   * Tells whether {@code s} is 8 characters of the lower-case base32 alphabet.
   *
   * @param s the text
   * @return whether it is a well-formed 5-byte value
   */
  public static boolean isEncoded5(CharSequence s) {
    if (s.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'))) {
        return false;
      }
    }
    return true;
  }
}
