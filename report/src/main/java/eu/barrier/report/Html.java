package eu.barrier.report;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Escaping of text for HTML and inline SVG.
 *
 * <p>{@link #escape(String)} makes any string safe as element text and as a quoted attribute value,
 * in HTML and in XML alike: {@code < > & " '} become character references, and characters that
 * XML 1.0 forbids (control characters other than tab, line feed and carriage return, unpaired
 * surrogates, U+FFFE and U+FFFF) become U+FFFD, so that inline SVG stays well-formed XML. Every
 * other character is kept as it is. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Html {

  private Html() {}

  /**
   * Escapes text for an element or a quoted attribute value.
   *
   * @param text the text, any characters
   * @return the escaped text; the same string if nothing needed escaping
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static String escape(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder sb = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(text.charAt(i + 1));
        }
        i++;
        continue;
      }
      String replacement = replacement(c);
      if (replacement == null) {
        if (sb != null) {
          sb.append(c);
        }
      } else {
        if (sb == null) {
          sb = new StringBuilder(n + 16).append(text, 0, i);
        }
        sb.append(replacement);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /** The replacement of a char that is not the start of a surrogate pair, or null to keep it. */
  private static String replacement(char c) {
    switch (c) {
      case '<':
        return "&lt;";
      case '>':
        return "&gt;";
      case '&':
        return "&amp;";
      case '"':
        return "&quot;";
      case '\'':
        return "&#39;";
      case '\t':
      case '\n':
      case '\r':
        return null;
      default:
        return c < 0x20 || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c) ? "\uFFFD" : null;
    }
  }
}
