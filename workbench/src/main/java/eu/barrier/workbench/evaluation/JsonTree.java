package eu.barrier.workbench.evaluation;

import eu.barrier.workbench.evaluation.internal.JsonText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Serialises a tree of sorted maps, lists, strings, booleans and numbers as JSON with sorted keys,
 * two-space indentation and fixed number formatting (doubles: at most 6 decimals; NaN: null).
 * Strings are written by {@link JsonText}.
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
      JsonText.string(sb, (String) value);
    } else if (value instanceof Boolean) {
      sb.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      sb.append(number(((Number) value).doubleValue()));
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
        JsonText.string(sb, e.getKey());
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

  /** A double rounded half-even to 6 decimals without trailing zeros; null for NaN or infinity. */
  private static String number(double x) {
    if (!Double.isFinite(x)) {
      return "null";
    }
    // new BigDecimal(double) is exact, unlike Double.toString, whose digits changed in JDK 19
    BigDecimal d = new BigDecimal(x).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
