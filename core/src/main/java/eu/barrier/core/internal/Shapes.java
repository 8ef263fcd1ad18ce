package eu.barrier.core.internal;

/**
 * Regular expressions shared by the model's {@code @Pattern} constraints. They are compile-time
 * constants so annotations can use them.
 */
public final class Shapes {

  /**
   * An opaque local key: 1 to 128 characters of {@code [A-Za-z0-9._:-]}; the length is checked by
   * a separate {@code @Size} so the two rules report separately.
   */
  public static final String KEY = "[A-Za-z0-9._:-]*";

  /** One line of text: no control characters and at least one non-space character. */
  public static final String SINGLE_LINE = "[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*";

  /**
   * Multi-line free text: at least one non-space character; tabs and line breaks allowed, other
   * control characters not.
   */
  public static final String FREE_TEXT = "(?s)(?=.*\\S)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

  /**
   * Tells whether every character is one of {@link #KEY}'s ({@code [A-Za-z0-9._:-]}); the same rule
   * as the pattern, without compiling a regular expression on every call.
   *
   * @param text the text
   * @return whether the text matches {@link #KEY}
   */
  public static boolean isKey(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == ':' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Shapes() {}
}
