package eu.barrier.linkage.schema;

import static eu.barrier.linkage.schema.Rules.child;

import eu.barrier.linkage.LinkageError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the model from a v3 document that satisfies the v3 rules, and checks what the JSON Schema
 * cannot say but clkhash needs (or fails on): base64, power-of-two filters for BLAKE2b, key sizes,
 * HKDF's output limit, patterns, date formats, numeric intervals; plus Barrier's own limits and
 * refusals. Warnings name properties clkhash ignores and settings that weaken the encoding.
 */
final class SchemaBuilder {

  private static final Pattern BASE64 = Pattern.compile("([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

  /** Properties clkhash reads, per place; other properties are accepted and ignored by clkhash. */
  private static final Set<String> ROOT = Set.of("version", "clkConfig", "features");
  private static final Set<String> CLK_CONFIG = Set.of("l", "kdf", "xorFolds", "xor_folds");
  private static final Set<String> KDF = Set.of("type", "hash", "salt", "info", "keySize");
  private static final Set<String> FEATURE = Set.of("identifier", "description", "ignored", "format", "hashing");
  private static final Set<String> HASH = Set.of("type", "prevent_singularity");
  private static final Set<String> MISSING = Set.of("sentinel", "replaceWith");
  private static final Map<String, Set<String>> COMPARISON = Map.of(
      "ngram", Set.of("type", "n", "positional"),
      "exact", Set.of("type"),
      "numeric", Set.of("type", "thresholdDistance", "resolution", "fractional_precision"));

  private final int version;
  private final List<SchemaProblem> out;

  private SchemaBuilder(int version, List<SchemaProblem> out) {
    this.version = version;
    this.out = out;
  }

  /** Builds the schema, or returns {@code null} after adding at least one error to {@code out}. */
  static LinkageSchema build(ObjectNode doc, int version, ObjectNode original, byte[] sha256,
      List<SchemaProblem> out) {
    return new SchemaBuilder(version, out).build(doc, original, sha256);
  }

  private void error(String v3Path, LinkageError error, String message) {
    out.add(new SchemaProblem(SchemaUpgrade.originPath(v3Path, version), error, SchemaProblem.Severity.ERROR,
        message + upgradeNote()));
  }

  private void warning(String v3Path, LinkageError error, String message) {
    out.add(new SchemaProblem(SchemaUpgrade.originPath(v3Path, version), error, SchemaProblem.Severity.WARNING,
        message + upgradeNote()));
  }

  private String upgradeNote() {
    return version == 3 ? "" : " (in the schema as upgraded from v" + version + " to v3)";
  }

  private void unknown(JsonNode node, String path, Set<String> known) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        warning(child(path, name), LinkageError.SCHEMA_IGNORED_PROPERTY,
            "clkhash ignores this property; check its spelling");
      }
    }
  }

  private LinkageSchema build(ObjectNode doc, ObjectNode original, byte[] sha256) {
    int errorsBefore = errorCount();
    unknown(doc, "", ROOT);
    JsonNode clk = doc.get("clkConfig");
    unknown(clk, "/clkConfig", CLK_CONFIG);

    int l = boundedInt(clk.get("l"), "/clkConfig/l", LinkageSchemas.MAX_CLK_LENGTH);
    JsonNode documented = original.get("clkConfig").get("xorFolds");
    if (documented != null && Rules.isInteger(documented) && Rules.decimal(documented).signum() != 0) {
      out.add(new SchemaProblem("/clkConfig/xorFolds", LinkageError.SCHEMA_XOR_FOLDS, SchemaProblem.Severity.ERROR,
          "clkhash 0.18.3 documents xorFolds but reads xor_folds, so it would not fold; write xor_folds to fold"));
    }
    int folds = 0;
    JsonNode foldsNode = clk.get("xor_folds");
    if (foldsNode != null) {
      if (!Rules.isInteger(foldsNode)) {
        error("/clkConfig/xor_folds", LinkageError.SCHEMA_TYPE, "must be an integer");
      } else if (Rules.decimal(foldsNode).signum() < 0) {
        error("/clkConfig/xor_folds", LinkageError.SCHEMA_VALUE, "must be at least 0");
      } else {
        folds = boundedInt(foldsNode, "/clkConfig/xor_folds", LinkageSchemas.MAX_XOR_FOLDS);
      }
    }
    long hashLength = (long) l << folds;
    if (l > 0 && hashLength > LinkageSchemas.MAX_HASH_LENGTH) {
      error("/clkConfig/xor_folds", LinkageError.SCHEMA_LIMIT,
          "l x 2^xor_folds must be at most " + LinkageSchemas.MAX_HASH_LENGTH + " bits");
    }

    JsonNode kdf = clk.get("kdf");
    unknown(kdf, "/clkConfig/kdf", KDF);
    KdfHash kdfHash = kdf.has("hash") ? KdfHash.valueOf(kdf.get("hash").stringValue()) : KdfHash.SHA256;
    byte[] salt = base64(kdf.get("salt"), "/clkConfig/kdf/salt");
    byte[] info = base64(kdf.get("info"), "/clkConfig/kdf/info");
    int keySize = kdf.has("keySize")
        ? boundedInt(kdf.get("keySize"), "/clkConfig/kdf/keySize", LinkageSchemas.MAX_KEY_SIZE)
        : 64;

    JsonNode featureNodes = doc.get("features");
    if (featureNodes.size() > LinkageSchemas.MAX_FEATURES) {
      error("/features", LinkageError.SCHEMA_LIMIT, "at most " + LinkageSchemas.MAX_FEATURES + " features");
      return null;
    }
    long hkdfBytes = (long) featureNodes.size() * 2 * keySize;
    if (hkdfBytes > 255L * kdfHash.digestLength()) {
      error("/clkConfig/kdf/keySize", LinkageError.SCHEMA_LIMIT, "HKDF-" + kdfHash + " derives at most "
          + 255 * kdfHash.digestLength() + " bytes, and features x 2 x keySize is " + hkdfBytes);
    }

    List<Feature> features = new ArrayList<>();
    boolean anyBlake = false;
    boolean anyHashed = false;
    for (int i = 0; i < featureNodes.size(); i++) {
      JsonNode f = featureNodes.get(i);
      String path = child("/features", i);
      Feature feature = feature(f, path);
      if (feature == null) {
        continue;
      }
      features.add(feature);
      if (!feature.ignored()) {
        anyHashed = true;
        FeatureHashing h = feature.hashing().orElseThrow();
        if (h.hash() instanceof BlakeHash) {
          anyBlake = true;
        } else {
          warning(path + "/hashing/hash", LinkageError.SCHEMA_WEAK_SETTING,
              "doubleHash leaks structure that pattern-mining attacks exploit; prefer blakeHash for new data");
        }
      }
    }
    if (!anyHashed && errorCount() == errorsBefore) {
      error("/features", LinkageError.SCHEMA_NO_HASHED_FEATURE,
          "no feature is hashed, so every CLK would be empty (clkhash fails on such a schema)");
    }
    if (anyBlake && l > 0) {
      if (Long.bitCount(hashLength) != 1) {
        error("/clkConfig/l", LinkageError.SCHEMA_BLAKE,
            "blakeHash needs l x 2^xor_folds to be a power of two (it is " + hashLength + ")");
      } else if (hashLength > 65536) {
        warning("/clkConfig/l", LinkageError.SCHEMA_WEAK_SETTING,
            "blakeHash positions are 16-bit: bits from 65536 on are never set");
      }
      if (keySize > 64) {
        error("/clkConfig/kdf/keySize", LinkageError.SCHEMA_BLAKE, "BLAKE2b keys are at most 64 bytes");
      }
    }
    if (errorCount() > errorsBefore) {
      return null;
    }
    return new LinkageSchema(version, l, folds, new KeyDerivation(kdfHash, salt, info, keySize), features, sha256);
  }

  private int errorCount() {
    return (int) out.stream().filter(p -> p.severity() == SchemaProblem.Severity.ERROR).count();
  }

  /** An integer the rules accepted, within {@code [0, max]}; reports a limit error above it. */
  private int boundedInt(JsonNode node, String path, long max) {
    BigDecimal d = Rules.decimal(node);
    if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
      error(path, LinkageError.SCHEMA_LIMIT, "must be at most " + max);
      return 0;
    }
    return d.intValueExact();
  }

  private byte[] base64(JsonNode node, String path) {
    if (node == null) {
      return null;
    }
    String text = node.stringValue();
    if (!BASE64.matcher(text).matches()) {
      error(path, LinkageError.SCHEMA_BASE64, "must be padded standard base64 without spaces");
      return null;
    }
    return Base64.getDecoder().decode(text);
  }

  private Feature feature(JsonNode f, String path) {
    unknown(f, path, FEATURE);
    String identifier = f.get("identifier").stringValue();
    String description = f.has("description") ? f.get("description").stringValue() : null;
    if (SchemaUpgrade.truthy(f.get("ignored"))) {
      return Feature.ignored(identifier, description);
    }
    JsonNode formatNode = f.get("format");
    JsonNode hashingNode = f.get("hashing");
    FeatureHashing hashing = hashing(hashingNode, path + "/hashing");
    FeatureFormat format = format(formatNode, path + "/format");
    if (hashing == null || format == null) {
      return null;
    }
    TextEncoding encoding = format instanceof StringFormat s ? s.encoding() : TextEncoding.UTF_8;
    Optional<MissingValue> missing = hashing.missingValue();
    if (missing.isPresent()) {
      String replacement = missing.get().replaceWith();
      if (!encoding.canEncode(replacement)) {
        error(path + "/hashing/missingValue/replaceWith", LinkageError.SCHEMA_MISSING_VALUE,
            "must be encodable in " + encoding.id() + " (clkhash would fail while hashing it)");
        return null;
      }
      if (hashing.comparison() instanceof NumericComparison && !NumericComparison.isNumber(replacement)) {
        error(path + "/hashing/missingValue/replaceWith", LinkageError.SCHEMA_MISSING_VALUE,
            "must be a number or empty for a numeric comparison (clkhash would fail while hashing it)");
        return null;
      }
    }
    return Feature.hashed(identifier, description, format, hashing);
  }

  private FeatureFormat format(JsonNode node, String path) {
    String description = node.has("description") ? node.get("description").stringValue() : null;
    switch (node.get("type").stringValue()) {
      case "string": {
        TextEncoding encoding = node.has("encoding")
            ? TextEncoding.fromId(node.get("encoding").stringValue()).orElseThrow()
            : TextEncoding.UTF_8;
        if (node.has("pattern")) {
          try {
            return new StringFormat(encoding, node.get("pattern").stringValue(), LetterCase.MIXED, 0, null,
                description);
          } catch (IllegalArgumentException e) {
            error(path + "/pattern", LinkageError.SCHEMA_PATTERN, e.getMessage());
            return null;
          }
        }
        LetterCase letterCase = node.has("case")
            ? LetterCase.valueOf(node.get("case").stringValue().toUpperCase(java.util.Locale.ROOT))
            : LetterCase.MIXED;
        long min = node.has("minLength") ? saturated(node.get("minLength")) : 0;
        Long max = node.has("maxLength") ? saturated(node.get("maxLength")) : null;
        return new StringFormat(encoding, null, letterCase, min, max, description);
      }
      case "integer":
        return new IntegerFormat(integerOrNull(node.get("minimum")), integerOrNull(node.get("maximum")), description);
      case "date":
        try {
          return new DateFormat(node.get("format").stringValue(), description);
        } catch (IllegalArgumentException e) {
          error(path + "/format", LinkageError.SCHEMA_DATE_FORMAT, e.getMessage());
          return null;
        }
      case "enum": {
        List<String> values = new ArrayList<>();
        node.get("values").forEach(v -> values.add(v.stringValue()));
        return new EnumFormat(values, description);
      }
      default:
        throw new IllegalStateException("the v3 rules admit only four format types");
    }
  }

  private static long saturated(JsonNode node) {
    BigDecimal d = Rules.decimal(node);
    return d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : d.longValueExact();
  }

  private static BigInteger integerOrNull(JsonNode node) {
    return node == null ? null : Rules.decimal(node).toBigIntegerExact();
  }

  private FeatureHashing hashing(JsonNode node, String path) {
    int errors = errorCount();
    HashFunction hash = new BlakeHash();
    JsonNode hashNode = node.get("hash");
    if (hashNode != null) {
      unknown(hashNode, path + "/hash", HASH);
      boolean blake = hashNode.get("type").stringValue().equals("blakeHash");
      JsonNode singularity = hashNode.get("prevent_singularity");
      if (blake && singularity != null) {
        error(path + "/hash/prevent_singularity", LinkageError.SCHEMA_SINGULARITY,
            "is allowed only with doubleHash (clkhash refuses it with blakeHash)");
      }
      hash = blake ? new BlakeHash() : new DoubleHash(singularity != null && singularity.booleanValue());
    }

    JsonNode strategyNode = node.get("strategy");
    Strategy strategy = null;
    if (strategyNode.has("bitsPerToken")) {
      int k = boundedInt(strategyNode.get("bitsPerToken"), path + "/strategy/bitsPerToken",
          LinkageSchemas.MAX_BITS_PER_TOKEN);
      strategy = k > 0 ? new BitsPerToken(k) : null;
    } else {
      int b = boundedInt(strategyNode.get("bitsPerFeature"), path + "/strategy/bitsPerFeature",
          LinkageSchemas.MAX_BITS_PER_TOKEN);
      strategy = b > 0 ? new BitsPerFeature(b) : null;
    }

    JsonNode c = node.get("comparison");
    String type = c.get("type").stringValue();
    unknown(c, path + "/comparison", COMPARISON.get(type));
    Comparison comparison = switch (type) {
      case "ngram" -> {
        int n = boundedInt(c.get("n"), path + "/comparison/n", LinkageSchemas.MAX_NGRAM);
        yield n > 0 ? new NgramComparison(n, c.has("positional") && c.get("positional").booleanValue()) : null;
      }
      case "exact" -> new ExactComparison();
      default -> numeric(c, path + "/comparison");
    };

    Optional<MissingValue> missing = Optional.empty();
    JsonNode m = node.get("missingValue");
    if (m != null) {
      unknown(m, path + "/missingValue", MISSING);
      String sentinel = m.get("sentinel").stringValue();
      missing = Optional.of(new MissingValue(sentinel, m.has("replaceWith") ? m.get("replaceWith").stringValue()
          : sentinel));
    }
    if (errorCount() > errors || strategy == null || comparison == null) {
      return null;
    }
    return new FeatureHashing(hash, comparison, strategy, missing);
  }

  private NumericComparison numeric(JsonNode c, String path) {
    int resolution = boundedInt(c.get("resolution"), path + "/resolution", LinkageSchemas.MAX_RESOLUTION);
    int precision = c.has("fractional_precision")
        ? boundedInt(c.get("fractional_precision"), path + "/fractional_precision",
            LinkageSchemas.MAX_FRACTIONAL_PRECISION)
        : 0;
    JsonNode td = c.get("thresholdDistance");
    BigInteger scale = BigInteger.TEN.pow(precision);
    BigInteger interval;
    double distance;
    if (td.isIntegralNumber()) {
      interval = td.bigIntegerValue().multiply(scale);
      distance = td.doubleValue();
    } else {
      distance = td.doubleValue();
      if (!Double.isFinite(distance)) {
        error(path + "/thresholdDistance", LinkageError.SCHEMA_LIMIT, "must be a finite number");
        return null;
      }
      interval = new BigDecimal(Math.rint(distance * new BigDecimal(scale).doubleValue())).toBigInteger();
    }
    if (interval.signum() <= 0) {
      error(path + "/thresholdDistance", LinkageError.SCHEMA_NUMERIC,
          "thresholdDistance x 10^fractional_precision rounds to 0; raise fractional_precision");
      return null;
    }
    if (resolution < 1) {
      return null;
    }
    return new NumericComparison(distance, resolution, precision, interval);
  }
}
