package eu.barrier.linkage.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upgrades v1 and v2 schemas to v3 exactly as clkhash 0.18.3 does ({@code schema.py}, {@code
 * _convert_v1_to_v2} and {@code _convert_v2_to_v3}), on a copy of the document. The input must
 * already satisfy the rules of its version.
 */
final class SchemaUpgrade {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SchemaUpgrade() {}

  /** Upgrades a valid v1 or v2 document to v3; returns a v3 document unchanged. */
  static ObjectNode toV3(ObjectNode document, int version) {
    ObjectNode doc = document.deepCopy();
    if (version == 1) {
      doc = v1ToV2(doc);
    }
    if (version <= 2) {
      v2ToV3(doc);
    }
    return doc;
  }

  /** Python truthiness of a JSON value, as {@code feature.get('ignored', False)} uses it. */
  static boolean truthy(JsonNode node) {
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNumber()) {
      BigDecimal d = Rules.decimal(node);
      return d == null || d.signum() != 0;
    }
    if (node.isString()) {
      return !node.stringValue().isEmpty();
    }
    return node.size() > 0;
  }

  private static ObjectNode v1ToV2(ObjectNode doc) {
    ObjectNode clk = (ObjectNode) doc.get("clkConfig");
    JsonNode k = clk.get("k");
    JsonNode hash = clk.get("hash");
    ArrayNode features = NODES.arrayNode();
    for (JsonNode f : doc.get("features")) {
      if (truthy(f.get("ignored"))) {
        features.add(f);
        continue;
      }
      JsonNode weight = f.get("hashing").get("weight");
      if (weight != null && Rules.decimal(weight) != null && Rules.decimal(weight).signum() == 0) {
        ObjectNode ignored = NODES.objectNode();
        ignored.set("identifier", f.get("identifier"));
        ignored.put("ignored", true);
        features.add(ignored);
        continue;
      }
      ObjectNode x = (ObjectNode) f.deepCopy();
      ObjectNode hashing = (ObjectNode) x.get("hashing");
      hashing.remove("weight");
      ObjectNode strategy = NODES.objectNode();
      strategy.put("k", roundedProduct(weight, k));
      hashing.set("strategy", strategy);
      hashing.set("hash", hash.deepCopy());
      features.add(x);
    }
    ObjectNode clkConfig = NODES.objectNode();
    clkConfig.set("l", clk.get("l"));
    clkConfig.set("xor_folds", clk.has("xor_folds") ? clk.get("xor_folds") : NODES.numberNode(0));
    clkConfig.set("kdf", clk.get("kdf"));
    ObjectNode result = NODES.objectNode();
    result.put("version", 2);
    result.set("clkConfig", clkConfig);
    result.set("features", features);
    return result;
  }

  /**
   * {@code int(round(weight * k))}: exact for two integers, otherwise a double product rounded half
   * to even, as Python's {@code round} of a float.
   */
  static BigInteger roundedProduct(JsonNode weight, JsonNode k) {
    if (weight == null) {
      // weight defaults to the float 1.0
      return BigDecimal.valueOf(Math.rint(k.doubleValue())).toBigInteger();
    }
    if (weight.isIntegralNumber() && k.isIntegralNumber()) {
      return weight.bigIntegerValue().multiply(k.bigIntegerValue());
    }
    double product = weight.doubleValue() * k.doubleValue();
    if (!Double.isFinite(product)) {
      // Python fails on int(round(inf)); a value over every limit is reported as such instead
      return BigInteger.TWO.pow(1100);
    }
    return new BigDecimal(Math.rint(product)).toBigInteger();
  }

  private static void v2ToV3(ObjectNode doc) {
    doc.put("version", 3);
    for (JsonNode f : doc.get("features")) {
      if (truthy(f.get("ignored"))) {
        continue;
      }
      ObjectNode hashing = (ObjectNode) f.get("hashing");
      ObjectNode strategy = (ObjectNode) hashing.get("strategy");
      if (strategy.has("k")) {
        strategy.set("bitsPerToken", strategy.remove("k"));
      } else if (strategy.has("numBits")) {
        strategy.set("bitsPerFeature", strategy.remove("numBits"));
      }
      ObjectNode comparison = NODES.objectNode();
      comparison.put("type", "ngram");
      comparison.set("n", hashing.remove("ngram"));
      JsonNode positional = hashing.remove("positional");
      comparison.set("positional", positional == null ? NODES.booleanNode(false) : positional);
      hashing.set("comparison", comparison);
    }
  }

  private static final Pattern COMPARISON = Pattern.compile("^(/features/\\d+/hashing)/comparison(/.*)?$");
  private static final Pattern STRATEGY_V2 =
      Pattern.compile("^(/features/\\d+/hashing/strategy)/(bitsPerToken|bitsPerFeature)$");
  private static final Pattern STRATEGY_V1 = Pattern.compile("^(/features/\\d+/hashing)/strategy(/.*)?$");
  private static final Pattern HASH_V1 = Pattern.compile("^/features/\\d+/hashing/hash(/.*)?$");

  /**
   * The place in the original document that a value of the upgraded document came from, for
   * problems found after an upgrade.
   */
  static String originPath(String v3Path, int version) {
    if (version == 3) {
      return v3Path;
    }
    String path = v3Path;
    Matcher m = COMPARISON.matcher(path);
    if (m.matches()) {
      String rest = m.group(2) == null ? "" : m.group(2);
      path = switch (rest) {
        case "/n" -> m.group(1) + "/ngram";
        case "/positional" -> m.group(1) + "/positional";
        default -> m.group(1);
      };
    }
    m = STRATEGY_V2.matcher(path);
    if (m.matches()) {
      path = m.group(1) + (m.group(2).equals("bitsPerToken") ? "/k" : "/numBits");
    }
    if (version == 1) {
      m = STRATEGY_V1.matcher(path);
      if (m.matches()) {
        path = m.group(1) + "/weight";
      }
      m = HASH_V1.matcher(path);
      if (m.matches()) {
        path = "/clkConfig/hash" + (m.group(1) == null ? "" : m.group(1));
      }
    }
    return path;
  }
}
