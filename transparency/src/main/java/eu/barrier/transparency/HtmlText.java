package eu.barrier.transparency;

import java.util.Locale;
import java.util.Set;

/**
 * Reads a text field of the publication standard the way the register does: which markup it holds
 * and how long its text is without the markup. The register strips tags and joins the text parts
 * with a space before it compares a field with its limit (Algoritmeregister {@code
 * backend/app/util/html.py}, {@code strip_html}); this counts the same way, and counts every
 * character reference ({@code &amp;amp;}, {@code &amp;#233;}) as one character.
 *
 * <p>Markup is anything that starts with {@code <} followed by a letter, {@code /}, {@code !} or
 * {@code ?}. It is allowed only as an opening, closing or self-closing tag whose name is in the
 * allowed set, without attributes. A {@code <} followed by anything else (a space, a digit) is text.
 */
final class HtmlText {

  /** What a scan found: the text length in Unicode code points, and whether all markup is allowed. */
  record Scan(int textLength, boolean markupAllowed) {}

  private HtmlText() {}

  /**
   * Scans a text.
   *
   * @param value the text
   * @param allowedTags lower-case tag names; empty for a field that takes no markup
   * @return the length of the text without tags and whether its markup is allowed
   */
  static Scan scan(String value, Set<String> allowedTags) {
    int length = 0;
    int parts = 0;
    int partLength = 0;
    boolean allowed = true;
    int i = 0;
    int n = value.length();
    while (i < n) {
      char c = value.charAt(i);
      if (c == '<' && i + 1 < n && startsMarkup(value.charAt(i + 1))) {
        int end = value.indexOf('>', i + 1);
        if (end < 0 || !allowedTag(value.substring(i + 1, end), allowedTags)) {
          allowed = false;
        }
        if (partLength > 0) {
          length += partLength;
          parts++;
          partLength = 0;
        }
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (c == '&') {
        int semi = reference(value, i);
        if (semi > 0) {
          partLength++;
          i = semi + 1;
          continue;
        }
      }
      partLength++;
      i += Character.charCount(value.codePointAt(i));
    }
    if (partLength > 0) {
      length += partLength;
      parts++;
    }
    return new Scan(length + Math.max(0, parts - 1), allowed);
  }

  private static boolean startsMarkup(char next) {
    return next == '/' || next == '!' || next == '?' || (next < 128 && Character.isLetter(next));
  }

  /** Tells whether the inside of {@code <...>} is an allowed tag without attributes. */
  private static boolean allowedTag(String inside, Set<String> allowedTags) {
    String tag = inside.strip();
    if (tag.startsWith("/")) {
      tag = tag.substring(1);
    } else if (tag.endsWith("/")) {
      tag = tag.substring(0, tag.length() - 1).strip();
    }
    if (tag.isEmpty()) {
      return false;
    }
    for (int k = 0; k < tag.length(); k++) {
      char c = tag.charAt(k);
      if (!(c < 128 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return allowedTags.contains(tag.toLowerCase(Locale.ROOT));
  }

  /** Returns the index of the {@code ;} closing a character reference at {@code at}, or -1. */
  private static int reference(String value, int at) {
    int k = at + 1;
    int max = Math.min(value.length(), at + 33);
    if (k < max && value.charAt(k) == '#') {
      k++;
      boolean hex = k < max && (value.charAt(k) == 'x' || value.charAt(k) == 'X');
      if (hex) {
        k++;
      }
      int start = k;
      while (k < max && (hex ? Character.digit(value.charAt(k), 16) >= 0 : Character.isDigit(value.charAt(k)))) {
        k++;
      }
      return k > start && k < max && value.charAt(k) == ';' ? k : -1;
    }
    int start = k;
    while (k < max && value.charAt(k) < 128 && Character.isLetterOrDigit(value.charAt(k))) {
      k++;
    }
    return k > start && k < max && value.charAt(k) == ';' ? k : -1;
  }
}
