package eu.barrier.core.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/** Builds JSON Pointers from parser state, keeping only property names that are safe to show. */
public final class JsonPaths {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Six digits in a row may be part of an identifier or a birth date; such names are hidden too. */
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{6}");

  /** The segment that replaces a property name that is not shown. */
  public static final String HIDDEN = "*";

  private JsonPaths() {}

  /**
   * Returns the property name if it is safe to show in a path, otherwise {@link #HIDDEN}. A name
   * is shown only if it matches {@code [A-Za-z0-9_.-]{1,64}} and holds no run of six or more
   * digits (map keys can be identifiers or dates).
   *
   * @param name a property name from the input
   * @return the name or {@code *}
   */
  public static String safeName(String name) {
    return name != null && SAFE_NAME.matcher(name).matches() && !DIGIT_RUN.matcher(name).find() ? name : HIDDEN;
  }

  /**
   * Returns the JSON Pointer of the parser's current position: the value being read, or for an
   * end token the value that just ended.
   *
   * @param parser the parser, or {@code null}
   * @return the pointer, empty for the root
   */
  public static String pointer(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    TokenStreamContext ctx;
    try {
      ctx = parser.streamReadContext();
    } catch (RuntimeException e) {
      return "";
    }
    Deque<String> segments = new ArrayDeque<>();
    for (; ctx != null; ctx = ctx.getParent()) {
      if (ctx.inObject() && ctx.hasCurrentName()) {
        segments.addFirst(safeName(ctx.currentName()));
      } else if (ctx.inArray() && ctx.hasCurrentIndex()) {
        segments.addFirst(Integer.toString(ctx.getCurrentIndex()));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String segment : segments) {
      sb.append('/').append(segment);
    }
    return sb.toString();
  }

  /**
   * Returns the JSON Pointer of a property of the object being read. Jackson reports some
   * property problems of records only after the whole object was read, when the parser is at the
   * object's end; then the name is appended to the object's path.
   *
   * @param parser the document's parser
   * @param name the property name from the input
   * @return the pointer
   */
  public static String propertyPointer(JsonParser parser, String name) {
    String base = pointer(parser);
    JsonToken token;
    try {
      token = parser == null ? null : parser.currentToken();
    } catch (RuntimeException e) {
      token = null;
    }
    return token == JsonToken.END_OBJECT ? base + "/" + safeName(name) : base;
  }
}
