package eu.barrier.cli.report;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Serialises a tree of sorted maps, lists, strings, booleans and numbers as JSON with sorted keys,
 * two-space indentation and fixed number formatting (doubles: at most 6 decimals; NaN: null).
 */
final class JsonTree {

  private JsonTree() {}

  static SortedMap<String, Object> object() {
    return new TreeMap<>();
  }

  static String write(Object value) {
    StringBuilder sb = new StringBuilder(1 << 16);
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object value, int indent) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String) {
      string(sb, (String) value);
    } else if (value instanceof Boolean) {
      sb.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      sb.append(Numbers.json(((Number) value).doubleValue(), 6));
    } else if (value instanceof Number) {
      sb.append(((Number) value).longValue());
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      if (map.isEmpty()) {
        sb.append("{}");
        return;
      }
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put((String) k, v));
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<String, Object> e : sorted.entrySet()) {
        pad(sb, indent + 1);
        string(sb, e.getKey());
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        sb.append(++i < sorted.size() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      if (list.isEmpty()) {
        sb.append("[]");
        return;
      }
      boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
      sb.append(scalars ? "[" : "[\n");
      for (int i = 0; i < list.size(); i++) {
        if (!scalars) {
          pad(sb, indent + 1);
        }
        write(sb, list.get(i), indent + 1);
        if (i < list.size() - 1) {
          sb.append(scalars ? ", " : ",\n");
        }
      }
      if (!scalars) {
        sb.append('\n');
        pad(sb, indent);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("unsupported JSON value type");
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    sb.append("  ".repeat(indent));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c == 0x2028 || c == 0x2029) {
        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }
}
