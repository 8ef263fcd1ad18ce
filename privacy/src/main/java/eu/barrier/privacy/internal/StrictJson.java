package eu.barrier.privacy.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one strict JSON tree codec of the privacy module: duplicate keys, trailing tokens, deep
 * nesting, huge strings and documents fail. Kept in one class so it can be swapped for core's
 * {@code BarrierJson} when that lands.
 *
 * <p>Jackson's own messages can quote input (which may be key material), so callers report only
 * {@link #where(JacksonException)} and never attach the Jackson exception as a cause.
 */
public final class StrictJson {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(16)
                          .maxStringLength(64 * 1024)
                          .maxNumberLength(32)
                          .maxNameLength(256)
                          .maxDocumentLength(4L * 1024 * 1024)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private StrictJson() {}

  /**
   * Parses one JSON document.
   *
   * @param text the text
   * @return the tree
   * @throws JacksonException for malformed input
   */
  public static JsonNode read(String text) {
    return MAPPER.readTree(text);
  }

  /**
   * Returns a new empty object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Writes a tree with two-space indentation and a final line feed.
   *
   * @param node the tree
   * @return the text
   */
  public static String writePretty(JsonNode node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }

  /**
   * Describes where parsing failed, without quoting input.
   *
   * @param e the exception
   * @return for example {@code at line 3, column 7}
   */
  public static String where(JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    if (loc == null) {
      return "in the document";
    }
    return "at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
