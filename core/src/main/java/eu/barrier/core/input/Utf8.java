package eu.barrier.core.input;

/**
 * An incremental check of well-formed UTF-8 (Unicode Table 3-7: no overlong forms, no surrogates,
 * nothing above U+10FFFF) that also refuses NUL, which no text input of Barrier may hold and which
 * is how UTF-16 and UTF-32 text shows up when read as UTF-8.
 */
final class Utf8 {

  /** Why a byte was refused; {@code null} while the text is well-formed. */
  private String problem;

  private int need;
  private int low = 0x80;
  private int high = 0xBF;
  private long offset;
  private boolean bomPrefix = true;

  /**
   * Feeds bytes.
   *
   * @param b the bytes
   * @param from the first index
   * @param to one past the last index
   * @return whether the text is still well-formed
   */
  boolean accept(byte[] b, int from, int to) {
    for (int i = from; i < to && problem == null; i++) {
      accept(b[i] & 0xFF);
    }
    return problem == null;
  }

  private void accept(int b) {
    if (offset < 3 && isByteOrderMark(b)) {
      problem = "a byte-order mark at the start";
      return;
    }
    offset++;
    if (need == 0) {
      if (b == 0) {
        problem = "a NUL character (UTF-16 or UTF-32 text?)";
      } else if (b < 0x80) {
        return;
      } else if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
      } else if (b == 0xE0) {
        need = 2;
        low = 0xA0;
      } else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) {
        need = 2;
      } else if (b == 0xED) {
        need = 2;
        high = 0x9F;
      } else if (b == 0xF0) {
        need = 3;
        low = 0x90;
      } else if (b >= 0xF1 && b <= 0xF3) {
        need = 3;
      } else if (b == 0xF4) {
        need = 3;
        high = 0x8F;
      } else {
        problem = b == 0xFE || b == 0xFF ? "a UTF-16 or UTF-32 byte-order mark or malformed UTF-8" : "malformed UTF-8";
      }
      return;
    }
    if (b < low || b > high) {
      problem = "malformed UTF-8";
      return;
    }
    low = 0x80;
    high = 0xBF;
    need--;
  }

  /** Tracks EF BB BF in the first three bytes; the first two are also checked as UTF-8. */
  private boolean isByteOrderMark(int b) {
    if (!bomPrefix) {
      return false;
    }
    int expected = offset == 0 ? 0xEF : offset == 1 ? 0xBB : 0xBF;
    if (b != expected) {
      bomPrefix = false;
      return false;
    }
    return offset == 2;
  }

  /**
   * Ends the text.
   *
   * @return whether it ended well-formed (no sequence cut off)
   */
  boolean finish() {
    if (problem == null && need != 0) {
      problem = "malformed UTF-8 (a sequence cut off at the end)";
    }
    return problem == null;
  }

  /**
   * Returns why the text was refused.
   *
   * @return the reason, or {@code null}
   */
  String problem() {
    return problem;
  }

  /**
   * Checks a whole text.
   *
   * @param bytes the text
   * @return the reason it is refused, or {@code null}
   */
  static String check(byte[] bytes) {
    Utf8 u = new Utf8();
    u.accept(bytes, 0, bytes.length);
    u.finish();
    return u.problem();
  }
}
