package eu.barrier.privacy.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme (RFC 8785) over a parsed JSON tree: object members sorted by
 * the UTF-16 code units of their names, no white space, strings with the minimal escaping of
 * ECMAScript's {@code JSON.stringify}, numbers as IEEE-754 doubles written by ECMAScript's {@code
 * Number::toString}, UTF-8 output.
 *
 * <p>Rejected with {@link NotCanonicalisable}: non-finite numbers and strings that hold a lone
 * surrogate (they have no UTF-8 form, so two different inputs could give one output).
 *
 * <p>Numbers: every JSON number is read as the nearest double, as RFC 8785 section 3.2.2.3
 * requires; an integer beyond 2^53 therefore loses precision, as in every RFC 8785
 * implementation. The shortest digits are found by trying 1 to 17 significant digits with exact
 * {@link BigDecimal} arithmetic and keeping the first that reads back as the same double (the
 * closest such one when two do), which is what ECMAScript specifies; JDK 17's {@code
 * Double.toString} is not used because it is not always shortest.
 */
public final class Jcs {

  /** Thrown for a value RFC 8785 cannot canonicalise; the message never holds the value. */
  public static final class NotCanonicalisable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotCanonicalisable(String rule) {
      super(rule, null, false, false);
    }
  }

  private static final double TWO_POW_53 = 9007199254740992.0;

  private Jcs() {}

  /**
   * Canonicalises a tree.
   *
   * @param node the tree
   * @return the canonical UTF-8 bytes
   * @throws NotCanonicalisable for a non-finite number or a lone surrogate
   */
  public static byte[] canonicalize(JsonNode node) {
    StringBuilder sb = new StringBuilder(256);
    write(node, sb);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(JsonNode node, StringBuilder sb) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      sb.append("null");
    } else if (node.isBoolean()) {
      sb.append(node.booleanValue() ? "true" : "false");
    } else if (node.isNumber()) {
      sb.append(number(node.doubleValue()));
    } else if (node.isString()) {
      string(node.stringValue(), sb);
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
      // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 section 3.2.3 asks for
      members.sort(Map.Entry.comparingByKey());
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonNode> m : members) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(m.getKey(), sb);
        sb.append(':');
        write(m.getValue(), sb);
      }
      sb.append('}');
    } else {
      throw new NotCanonicalisable("only JSON values can be canonicalised");
    }
  }

  /**
   * Writes a string with RFC 8785 escaping (section 3.2.2.2).
   *
   * @param s the string
   * @param sb the output
   */
  static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              throw new NotCanonicalisable("a string must not hold a lone surrogate");
            }
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isLowSurrogate(c)) {
            throw new NotCanonicalisable("a string must not hold a lone surrogate");
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  /**
   * Writes a double as ECMAScript's {@code Number::toString} does (RFC 8785 section 3.2.2.3).
   *
   * @param x the number
   * @return the text
   * @throws NotCanonicalisable for NaN or an infinity
   */
  public static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      throw new NotCanonicalisable("a JSON number must be finite");
    }
    if (x == 0) {
      return "0"; // also -0
    }
    if (x < 0) {
      return "-" + number(-x);
    }
    if (x < TWO_POW_53 && x == Math.rint(x)) {
      return Long.toString((long) x); // every such integer is its own shortest form
    }
    BigDecimal shortest = shortest(x);
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // x = digits * 10^(n - k)
    StringBuilder sb = new StringBuilder(32);
    if (k <= n && n <= 21) {
      sb.append(digits);
      sb.append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      sb.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      sb.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      sb.append(digits.charAt(0));
      if (k > 1) {
        sb.append('.').append(digits, 1, k);
      }
      int e = n - 1;
      sb.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return sb.toString();
  }

  /** The decimal with the fewest significant digits that reads back as x, closest to x on a tie. */
  private static BigDecimal shortest(double x) {
    BigDecimal exact = new BigDecimal(x);
    for (int p = 1; p <= 17; p++) {
      BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
      BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
      boolean downOk = down.doubleValue() == x;
      boolean upOk = up.doubleValue() == x;
      BigDecimal pick = null;
      if (downOk && upOk) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        pick = cmp < 0 ? down : cmp > 0 ? up : exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      } else if (downOk) {
        pick = down;
      } else if (upOk) {
        pick = up;
      }
      if (pick != null) {
        return pick.stripTrailingZeros();
      }
    }
    // 17 significant digits always identify a double
    throw new IllegalStateException("no decimal of at most 17 digits reads back as the double");
  }
}
