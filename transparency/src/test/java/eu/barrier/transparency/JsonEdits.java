package eu.barrier.transparency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads test vectors and applies their hand edits ({@code set}, {@code remove} by JSON Pointer) to a document. */
final class JsonEdits {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private JsonEdits() {}

  static JsonNode resource(String name) {
    try (InputStream in = JsonEdits.class.getResourceAsStream(name)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode parse(byte[] json) {
    return MAPPER.readTree(json);
  }

  static byte[] bytes(JsonNode node) {
    return MAPPER.writeValueAsBytes(node);
  }

  /** Returns a copy of the document with the vector's edits applied. */
  static JsonNode apply(JsonNode document, JsonNode vector) {
    JsonNode copy = document.deepCopy();
    for (JsonNode pointer : vector.path("remove")) {
      String p = pointer.asString();
      JsonNode parent = copy.at(p.substring(0, p.lastIndexOf('/')));
      String last = p.substring(p.lastIndexOf('/') + 1);
      if (parent instanceof ObjectNode o) {
        o.remove(last);
      } else {
        ((ArrayNode) parent).remove(Integer.parseInt(last));
      }
    }
    for (Map.Entry<String, JsonNode> e : vector.path("set").properties()) {
      String p = e.getKey();
      JsonNode parent = copy.at(p.substring(0, p.lastIndexOf('/')));
      String last = p.substring(p.lastIndexOf('/') + 1);
      JsonNode value = value(e.getValue());
      if (parent instanceof ObjectNode o) {
        o.set(last, value);
      } else {
        ArrayNode a = (ArrayNode) parent;
        int index = Integer.parseInt(last);
        if (index == a.size()) {
          a.add(value);
        } else {
          a.set(index, value);
        }
      }
    }
    return copy;
  }

  private static JsonNode value(JsonNode v) {
    if (v.isObject() && v.has("$repeat")) {
      String text = v.path("prefix").asString("") + v.get("$repeat").asString().repeat(v.get("times").asInt())
          + v.path("suffix").asString("");
      return MAPPER.getNodeFactory().stringNode(text);
    }
    return v;
  }

  /** The vector's expected findings as {@code path code} lines, sorted. */
  static List<String> expected(JsonNode vector) {
    List<String> lines = new ArrayList<>();
    for (JsonNode e : vector.get("expected")) {
      lines.add(e.get(0).asString() + " " + e.get(1).asString());
    }
    return lines.stream().sorted().toList();
  }

  /** The report's findings as {@code path code} lines, sorted. */
  static List<String> lines(CheckReport report) {
    return report.findings().stream().map(f -> f.path() + " " + f.error().code()).sorted().toList();
  }
}
