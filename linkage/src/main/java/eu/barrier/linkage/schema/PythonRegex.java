package eu.barrier.linkage.schema;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the {@code pattern} of a string format, written for Python's {@code re}, into a {@link
 * Pattern} that matches the same values for the syntax the two engines share. Python's named
 * groups {@code (?P<name>...)} and back references {@code (?P=name)} are renamed, {@code \Z}
 * becomes {@code \z} and {@code \v} the vertical tab only; classes such as {@code \d}, {@code \w}
 * and {@code \s} match Unicode, and {@code .} excludes only the line feed, as in Python 3.
 * Inside a character class {@code [} and {@code &} are literals, as in Python. Everything else is
 * handed to {@code java.util.regex}; syntax only Python knows (comments {@code (?#...)}, {@code
 * {,n}}) fails to compile and the schema is refused.
 */
final class PythonRegex {

  private PythonRegex() {}

  /**
   * @throws IllegalArgumentException with the reason when the pattern is refused
   */
  static Pattern compile(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length() + 8);
    Map<String, String> names = new HashMap<>();
    boolean inClass = false;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= pattern.length()) {
          throw new IllegalArgumentException("the pattern ends with a backslash");
        }
        char e = pattern.charAt(i + 1);
        if (e == 'Z' && !inClass) {
          out.append("\\z");
        } else if (e == 'v') {
          out.append("\\x0B");
        } else {
          out.append(c).append(e);
        }
        i += 2;
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
        }
        // Python reads '[' and '&' in a class as themselves; Java would nest or intersect classes
        if (c == '[' || c == '&') {
          out.append('\\');
        }
        out.append(c);
        i++;
        continue;
      }
      if (c == '[') {
        inClass = true;
        out.append(c);
        i++;
        // a ']' (or '^]') right after the opening bracket is a literal in both engines
        if (i < pattern.length() && pattern.charAt(i) == '^') {
          out.append('^');
          i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
          out.append("\\]");
          i++;
        }
        continue;
      }
      if (pattern.startsWith("(?P<", i)) {
        int end = pattern.indexOf('>', i + 4);
        if (end < 0) {
          throw new IllegalArgumentException("a named group is not closed");
        }
        String name = pattern.substring(i + 4, end);
        if (names.containsKey(name)) {
          throw new IllegalArgumentException("a group name is used twice");
        }
        String renamed = "g" + (names.size() + 1);
        names.put(name, renamed);
        out.append("(?<").append(renamed).append('>');
        i = end + 1;
        continue;
      }
      if (pattern.startsWith("(?P=", i)) {
        int end = pattern.indexOf(')', i + 4);
        String renamed = end < 0 ? null : names.get(pattern.substring(i + 4, end));
        if (renamed == null) {
          throw new IllegalArgumentException("a back reference names no earlier group");
        }
        out.append("\\k<").append(renamed).append('>');
        i = end + 1;
        continue;
      }
      out.append(c);
      i++;
    }
    try {
      return Pattern.compile(out.toString(), Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("not a regular expression: " + e.getDescription(), e);
    }
  }
}
