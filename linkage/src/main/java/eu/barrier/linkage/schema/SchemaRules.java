package eu.barrier.linkage.schema;

import static eu.barrier.linkage.schema.Rules.all;
import static eu.barrier.linkage.schema.Rules.anyWithProperties;
import static eu.barrier.linkage.schema.Rules.arrayOf;
import static eu.barrier.linkage.schema.Rules.bool;
import static eu.barrier.linkage.schema.Rules.branch;
import static eu.barrier.linkage.schema.Rules.constTrue;
import static eu.barrier.linkage.schema.Rules.number;
import static eu.barrier.linkage.schema.Rules.numberAbove;
import static eu.barrier.linkage.schema.Rules.object;
import static eu.barrier.linkage.schema.Rules.oneOf;
import static eu.barrier.linkage.schema.Rules.oneOfStrings;
import static eu.barrier.linkage.schema.Rules.string;

import eu.barrier.linkage.schema.Rules.Rule;

/**
 * The rules of clkhash's linkage schemas v1, v2 and v3 ({@code clkhash/schemas/v1.json}, {@code
 * v2.json}, {@code v3.json} of clkhash 0.18.3), written out with {@link Rules}. The rules follow
 * the published files, including what they leave open: properties they do not declare are allowed
 * wherever the files do not say {@code additionalProperties: false}.
 */
final class SchemaRules {

  private SchemaRules() {}

  /** The rules of one schema version. */
  static Rule forVersion(int version) {
    return switch (version) {
      case 1 -> V1;
      case 2 -> V2;
      case 3 -> V3;
      default -> throw new IllegalArgumentException("version " + version);
    };
  }

  /** The definitions, with the meaning of {@code integer} of the version's JSON Schema draft. */
  private abstract static class Defs {

    /**
     * {@code type: integer}: draft-04 (v1) admits only numbers written without fraction or
     * exponent; draft-07 (v2, v3) admits every number with a zero fraction, such as {@code 2.0}.
     * A method, not a field, because the fields below are initialised before any constructor body.
     */
    abstract Rule intg(Long minimum);

    // ---- shared definitions (identical in the three files) ----

    private static final String[] ENCODINGS = {"ascii", "utf-8", "utf-16", "utf-32"};

    private final Rule TEXT_FORMAT = object().required("type").closed()
        .prop("type", oneOfStrings("string"))
        .prop("encoding", oneOfStrings(ENCODINGS))
        .prop("case", oneOfStrings("upper", "lower", "mixed"))
        .prop("minLength", intg(0L))
        .prop("maxLength", intg(1L))
        .prop("description", string());

    private final Rule TEXT_PATTERN_FORMAT = object().required("type", "pattern").closed()
        .prop("type", oneOfStrings("string"))
        .prop("encoding", oneOfStrings(ENCODINGS))
        .prop("pattern", string())
        .prop("description", string());

    private final Rule NUMBER_FORMAT = object().required("type").closed()
        .prop("type", oneOfStrings("integer"))
        .prop("minimum", intg(null))
        .prop("maximum", intg(null))
        .prop("description", string());

    private final Rule DATE_FORMAT = object().required("type", "format").closed()
        .prop("type", oneOfStrings("date"))
        .prop("format", string())
        .prop("description", string());

    private final Rule ENUM_FORMAT = object().required("type", "values").closed()
        .prop("type", oneOfStrings("enum"))
        .prop("values", arrayOf(string()))
        .prop("description", string());

    private final Rule FORMAT = oneOf("the string, integer, date or enum formats",
        branch("a string format", "type", "string", TEXT_FORMAT),
        branch("a string pattern format", "type", "string", TEXT_PATTERN_FORMAT),
        branch("an integer format", "type", "integer", NUMBER_FORMAT),
        branch("a date format", "type", "date", DATE_FORMAT),
        branch("an enum format", "type", "enum", ENUM_FORMAT));

    private final Rule DOUBLE_HASH = object().required("type")
        .prop("type", oneOfStrings("doubleHash"))
        .prop("prevent_singularity", bool());

    private final Rule BLAKE_HASH = object().required("type")
        .prop("type", oneOfStrings("blakeHash"));

    private final Rule HASH = all(object(), oneOf("the hash types doubleHash and blakeHash",
        branch("doubleHash", "type", "doubleHash", DOUBLE_HASH),
        branch("blakeHash", "type", "blakeHash", BLAKE_HASH)));

    private final Rule MISSING_VALUE = object().required("sentinel")
        .prop("sentinel", string())
        .prop("replaceWith", string());

    private final Rule HKDF = object().required("type")
        .prop("type", oneOfStrings("HKDF"))
        .prop("hash", oneOfStrings("SHA256", "SHA512"))
        .prop("salt", string())
        .prop("info", string())
        .prop("keySize", intg(1L));

    private final Rule KDF = all(object(), oneOf("the key derivation HKDF",
        branch("HKDF", "type", "HKDF", HKDF)));

    private Rule root(Rule clkConfig, Rule feature) {
      return object().required("version", "clkConfig", "features")
          .prop("version", number())
          .prop("clkConfig", clkConfig)
          .prop("features", arrayOf(all(object(), feature)));
    }

    // ---- v3 ----

    private final Rule V3_STRATEGY = all(object(), oneOf("the strategies bitsPerToken and bitsPerFeature",
        branch("bitsPerToken", anyWithProperties().required("bitsPerToken").closed()
            .prop("bitsPerToken", intg(1L))),
        branch("bitsPerFeature", anyWithProperties().required("bitsPerFeature").closed()
            .prop("bitsPerFeature", intg(1L)))));

    private final Rule V3_COMPARISON = all(object(), oneOf("the comparisons ngram, exact and numeric",
        branch("an ngram comparison", "type", "ngram", object().required("type", "n")
            .prop("type", oneOfStrings("ngram"))
            .prop("n", intg(1L))
            .prop("positional", bool())),
        branch("an exact comparison", "type", "exact", object().required("type")
            .prop("type", oneOfStrings("exact"))),
        branch("a numeric comparison", "type", "numeric", object().required("type", "thresholdDistance", "resolution")
            .prop("type", oneOfStrings("numeric"))
            .prop("thresholdDistance", numberAbove(0))
            .prop("resolution", intg(1L))
            .prop("fractional_precision", intg(0L)))));

    private final Rule V3_HASHING = object().required("comparison", "strategy").closed()
        .prop("hash", HASH)
        .prop("strategy", V3_STRATEGY)
        .prop("comparison", V3_COMPARISON)
        .prop("missingValue", MISSING_VALUE);

    private final Rule V3_FEATURE_CONFIG = object().required("identifier", "format", "hashing")
        .prop("identifier", string())
        .prop("description", string())
        .prop("ignored", bool())
        .prop("format", all(anyWithProperties().required("type"), FORMAT))
        .prop("hashing", V3_HASHING);

    private final Rule V3_IGNORE_FEATURE = object().required("identifier", "ignored").closed()
        .prop("identifier", string())
        .prop("ignored", constTrue())
        .prop("description", string());

    private final Rule V3_CLK_CONFIG = object().required("l", "kdf")
        .prop("l", intg(1L))
        .prop("kdf", KDF)
        .prop("xorFolds", intg(0L));

    final Rule V3 = root(V3_CLK_CONFIG, feature(V3_FEATURE_CONFIG, V3_IGNORE_FEATURE));

    // ---- v2 ----

    private final Rule V2_STRATEGY = all(object(), oneOf("the strategies numBits and k",
        branch("numBits", anyWithProperties().required("numBits")),
        branch("k", anyWithProperties().required("k"))));

    private final Rule V2_HASHING = object().required("ngram", "strategy").closed()
        .prop("hash", HASH)
        .prop("strategy", V2_STRATEGY)
        .prop("ngram", intg(1L))
        .prop("positional", bool())
        .prop("missingValue", MISSING_VALUE);

    private final Rule V2_FEATURE_CONFIG = object().required("identifier", "format", "hashing")
        .prop("identifier", string())
        .prop("description", string())
        .prop("format", all(anyWithProperties().required("type"), FORMAT))
        .prop("hashing", V2_HASHING);

    private final Rule V1_V2_IGNORE_FEATURE = object().required("identifier", "ignored")
        .prop("identifier", string())
        .prop("ignored", constTrue())
        .prop("description", string());

    final Rule V2 = root(V3_CLK_CONFIG, feature(V2_FEATURE_CONFIG, V1_V2_IGNORE_FEATURE));

    // ---- v1 ----

    private final Rule V1_HASHING = object().required("ngram")
        .prop("ngram", intg(0L))
        .prop("positional", bool())
        .prop("weight", Rules.numberAtLeast(0))
        .prop("missingValue", MISSING_VALUE);

    private final Rule V1_FEATURE_CONFIG = object().required("identifier", "format", "hashing")
        .prop("identifier", string())
        .prop("description", string())
        .prop("format", FORMAT)
        .prop("hashing", V1_HASHING);

    private final Rule V1_CLK_CONFIG = object().required("l", "k", "kdf", "hash")
        .prop("l", intg(1L))
        .prop("k", intg(1L))
        .prop("xorFolds", intg(0L))
        .prop("kdf", KDF)
        .prop("hash", HASH);

    final Rule V1 = root(V1_CLK_CONFIG, feature(V1_FEATURE_CONFIG, V1_V2_IGNORE_FEATURE));

  }

  /** JSON Schema draft-04, the dialect of v1.json. */
  private static final class Draft4 extends Defs {
    @Override
    Rule intg(Long minimum) {
      return Rules.strictInteger(minimum);
    }
  }

  /** JSON Schema draft-07, the dialect of v2.json and v3.json. */
  private static final class Draft7 extends Defs {
    @Override
    Rule intg(Long minimum) {
      return Rules.integer(minimum);
    }
  }

  private static final Rule V1 = new Draft4().V1;
  private static final Rule V2 = new Draft7().V2;
  private static final Rule V3 = new Draft7().V3;

  /**
   * A feature is either hashed or ignored. The closer alternative is chosen for the report: an
   * object with a format or hashing is taken as meant to be hashed.
   */
  private static Rule feature(Rule hashed, Rule ignored) {
    Rule hashedFirst = oneOf("a hashed feature (identifier, format, hashing) and an ignored feature "
        + "(identifier, ignored: true)", branch("a hashed feature", hashed), branch("an ignored feature", ignored));
    Rule ignoredFirst = oneOf("a hashed feature (identifier, format, hashing) and an ignored feature "
        + "(identifier, ignored: true)", branch("an ignored feature", ignored), branch("a hashed feature", hashed));
    return (node, path, out) -> {
      if (node.isObject() && !node.has("format") && !node.has("hashing")) {
        ignoredFirst.check(node, path, out);
      } else {
        hashedFirst.check(node, path, out);
      }
    };
  }
}
