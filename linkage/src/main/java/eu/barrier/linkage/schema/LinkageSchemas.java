package eu.barrier.linkage.schema;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonFormatException;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.linkage.LinkageError;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and checks linkage schemas: clkhash's JSON schema documents of versions 1, 2 and 3.
 *
 * <p>A document is read as strict JSON (duplicate names, trailing content and documents over
 * {@value #MAX_SCHEMA_BYTES} bytes are refused), checked against the rules of its version's
 * published JSON Schema, upgraded to v3 as clkhash upgrades it, checked against the v3 rules, and
 * then checked for what clkhash needs to encode with it. Every problem is reported with its JSON
 * Pointer and code ({@link SchemaProblem}).
 *
 * <p>Where clkhash accepts a schema it cannot encode with, or silently ignores a setting, Barrier
 * refuses it (see {@code docs/linkage.md}, "Schemas"): {@code clkConfig.xorFolds} other than 0, a
 * date format with an unsupported directive, a missing-value replacement the encoding cannot
 * write, a schema without hashed features, {@code prevent_singularity} with {@code blakeHash}.
 * Properties that the JSON Schema allows but clkhash ignores are accepted as clkhash accepts them,
 * with a warning.
 *
 * <p>Limits: at most {@value #MAX_FEATURES} features, {@code l} at most {@value #MAX_CLK_LENGTH}
 * bits and {@code l x 2^xor_folds} at most {@value #MAX_HASH_LENGTH}, {@code bitsPerToken} and
 * {@code bitsPerFeature} at most {@value #MAX_BITS_PER_TOKEN}, n-grams up to {@value #MAX_NGRAM},
 * numeric resolution up to {@value #MAX_RESOLUTION} and fractional precision up to {@value
 * #MAX_FRACTIONAL_PRECISION}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LinkageSchemas {

  /** The largest schema document read, in bytes. */
  public static final int MAX_SCHEMA_BYTES = 1024 * 1024;
  /** The most features a schema may have. */
  public static final int MAX_FEATURES = 1024;
  /** The largest CLK length {@code l} in bits. */
  public static final int MAX_CLK_LENGTH = 1 << 20;
  /** The most XOR folds. */
  public static final int MAX_XOR_FOLDS = 16;
  /** The largest filter before folding, in bits. */
  public static final int MAX_HASH_LENGTH = 1 << 24;
  /** The largest {@code bitsPerToken} or {@code bitsPerFeature}. */
  public static final int MAX_BITS_PER_TOKEN = 65536;
  /** The largest n of n-gram. */
  public static final int MAX_NGRAM = 1024;
  /** The largest resolution of a numeric comparison. */
  public static final int MAX_RESOLUTION = 1024;
  /** The largest fractional precision of a numeric comparison. */
  public static final int MAX_FRACTIONAL_PRECISION = 64;
  /** The largest HKDF key size in bytes. */
  public static final int MAX_KEY_SIZE = 8160;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(MAX_SCHEMA_BYTES));

  private LinkageSchemas() {}

  /**
   * Reads a schema.
   *
   * @param json the document, UTF-8
   * @return the schema
   * @throws SchemaException if the schema has an error; its {@link SchemaException#problems()}
   *     lists every problem
   */
  public static LinkageSchema parse(byte[] json) {
    SchemaCheck check = check(json);
    return check.schema().orElseThrow(() -> new SchemaException(check.problems()));
  }

  /**
   * Checks a schema and reports every problem, errors and warnings, without throwing.
   *
   * @param json the document, UTF-8
   * @return the problems, and the schema if there is no error
   */
  public static SchemaCheck check(byte[] json) {
    Objects.requireNonNull(json, "json");
    List<SchemaProblem> problems = new ArrayList<>();
    if (json.length > MAX_SCHEMA_BYTES) {
      problems.add(Rules.error("", LinkageError.SCHEMA_SYNTAX, "the document is larger than "
          + MAX_SCHEMA_BYTES + " bytes"));
      return new SchemaCheck(Optional.empty(), problems);
    }
    JsonNode root;
    try {
      root = JSON.read(json, JsonNode.class);
    } catch (JsonFormatException e) {
      problems.add(Rules.error(e.path(), LinkageError.SCHEMA_SYNTAX, "not strict JSON: " + e.errorCode().rule()));
      return new SchemaCheck(Optional.empty(), problems);
    }
    if (!root.isObject()) {
      problems.add(Rules.error("", LinkageError.SCHEMA_TYPE, "must be an object"));
      return new SchemaCheck(Optional.empty(), problems);
    }
    JsonNode versionNode = root.get("version");
    int version = versionOf(versionNode);
    if (version == 0) {
      problems.add(versionNode == null
          ? Rules.error("/version", LinkageError.SCHEMA_REQUIRED, "is required")
          : Rules.error("/version", LinkageError.SCHEMA_VERSION, "must be 1, 2 or 3"));
      return new SchemaCheck(Optional.empty(), problems);
    }
    ObjectNode original = (ObjectNode) root;
    SchemaRules.forVersion(version).check(original, "", problems);
    if (!problems.isEmpty()) {
      return new SchemaCheck(Optional.empty(), problems);
    }
    ObjectNode v3 = SchemaUpgrade.toV3(original, version);
    if (version != 3) {
      List<SchemaProblem> upgraded = new ArrayList<>();
      SchemaRules.forVersion(3).check(v3, "", upgraded);
      for (SchemaProblem p : upgraded) {
        problems.add(new SchemaProblem(SchemaUpgrade.originPath(p.path(), version), p.error(), p.severity(),
            p.message() + " (in the schema as upgraded from v" + version + " to v3)"));
      }
      if (!problems.isEmpty()) {
        return new SchemaCheck(Optional.empty(), problems);
      }
    }
    LinkageSchema schema = SchemaBuilder.build(v3, version, original, sha256(json), problems);
    return new SchemaCheck(Optional.ofNullable(schema), problems);
  }

  /** 1, 2 or 3 for a number equal to one of them (3.0 included, as Python compares), else 0. */
  private static int versionOf(JsonNode node) {
    if (node == null || !node.isNumber()) {
      return 0;
    }
    BigDecimal d = Rules.decimal(node);
    for (int v = 1; v <= 3; v++) {
      if (d != null && d.compareTo(BigDecimal.valueOf(v)) == 0) {
        return v;
      }
    }
    return 0;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
