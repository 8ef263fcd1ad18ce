package eu.barrier.core.internal.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * Builds JSON Pointers from parser state. A member name appears in a pointer only if it is a name
 * the target type declares (a schema field); every other name (unknown members, map keys, any
 * member of a free-form object) is replaced by {@link #HIDDEN}, because names from the input can
 * be national numbers, birth dates or surnames. Array indexes are positions and are shown.
 */
public final class JsonPaths {

  /** The segment that replaces a member name that is not shown. */
  public static final String HIDDEN = "*";

  private JsonPaths() {}

  /**
   * Returns the name if it is declared, otherwise {@link #HIDDEN}.
   *
   * @param name a member name from the input, or {@code null}
   * @param declared the names the target type declares
   * @return the name or {@code *}
   */
  public static String shown(String name, Set<String> declared) {
    return name != null && declared.contains(name) ? name : HIDDEN;
  }

  /**
   * Returns the JSON Pointer of the parser's current position: the value being read, or for an
   * end token the value that just ended.
   *
   * @param parser the parser, or {@code null}
   * @param declared the member names the target type declares; all others are hidden
   * @return the pointer, empty for the root
   */
  public static String pointer(JsonParser parser, Set<String> declared) {
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
        segments.addFirst(shown(ctx.currentName(), declared));
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
   * @param declared the member names the target type declares; all others are hidden
   * @return the pointer
   */
  public static String propertyPointer(JsonParser parser, String name, Set<String> declared) {
    String base = pointer(parser, declared);
    JsonToken token;
    try {
      token = parser == null ? null : parser.currentToken();
    } catch (RuntimeException e) {
      token = null;
    }
    return token == JsonToken.END_OBJECT ? base + "/" + shown(name, declared) : base;
  }
}
