package eu.barrier.transparency;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Writes a JSON tree as UTF-8 text a person can edit: two-space indentation, members in the
 * tree's order, strings escaped as RFC 8259 requires and nothing more (non-ASCII characters stay as
 * they are), a line break at the end. The same tree gives the same bytes on every JVM.
 */
final class JsonWriter {

  private JsonWriter() {}

  static byte[] write(JsonNode root) {
    StringBuilder sb = new StringBuilder(8192);
    write(sb, root, 0);
    return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void write(StringBuilder sb, JsonNode node, int indent) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        pad(sb, indent + 1);
        string(sb, e.getKey());
        sb.append(": ");
        write(sb, e.getValue(), indent + 1);
        sb.append(it.hasNext() ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        pad(sb, indent + 1);
        write(sb, node.get(i), indent + 1);
        sb.append(i < node.size() - 1 ? ",\n" : "\n");
      }
      pad(sb, indent);
      sb.append(']');
    } else if (node.isString()) {
      string(sb, node.asString());
    } else if (node.isNull()) {
      sb.append("null");
    } else if (node.isBoolean()) {
      sb.append(node.asBoolean());
    } else if (node.isIntegralNumber()) {
      sb.append(node.asLong());
    } else {
      throw new IllegalArgumentException("only objects, arrays, strings, integers, booleans and null are written");
    }
  }

  private static void pad(StringBuilder sb, int indent) {
    sb.append("  ".repeat(indent));
  }

  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
