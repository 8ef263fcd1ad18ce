package eu.barrier.workbench.evaluation.internal;

/** Writes JSON string literals; used by the writers of labelled and synthetic data. */
public final class JsonText {

  private JsonText() {}

  /**
   * Appends a JSON string literal.
   *
   * @param out where to append
   * @param value the string
   * @return {@code out}
   */
  public static StringBuilder string(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"');
  }

  /**
   * Appends {@code "name":} for a field.
   *
   * @param out where to append
   * @param name the field name
   * @return {@code out}
   */
  public static StringBuilder name(StringBuilder out, String name) {
    return string(out, name).append(':');
  }
}
