package eu.barrier.pseudonym.service;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 9457 problem documents: {@code type} is {@code urn:barrier:problem:<code>}, {@code title}
 * the rule, {@code status} the HTTP status, {@code code} the stable code and {@code detail} where
 * the rule was broken. No member ever holds an element, an identifier or a key.
 */
final class Problems {

  /** The media type of a problem document. */
  static final String MEDIA_TYPE = "application/problem+json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Problems() {}

  static byte[] of(PseudonymServiceError error, String detail) {
    ObjectNode p = JsonNodeFactory.instance.objectNode();
    p.put("type", "urn:barrier:problem:" + error.code());
    p.put("title", error.rule());
    p.put("status", error.status());
    p.put("code", error.code());
    if (detail != null && !detail.isEmpty()) {
      p.put("detail", detail);
    }
    return MAPPER.writeValueAsString(p).getBytes(StandardCharsets.UTF_8);
  }
}
