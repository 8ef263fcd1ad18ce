package eu.barrier.linkage;

import eu.barrier.core.ErrorCode;
import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-linkage}.
 *
 * <p>Ranges: {@code 00xx} linkage schemas, {@code 01xx} records and their values, {@code 02xx} CLK
 * files, {@code 03xx} matching, {@code 04xx} the linkage secret. Codes are never reused or renumbered. Every code is listed in {@code
 * docs/error-codes.md}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum LinkageError implements ErrorCode {

  // ---- 00xx linkage schemas (eu.barrier.linkage.schema) ----

  /** The schema has at least one problem; each problem carries its own code. */
  SCHEMA_INVALID("BARRIER-LNK-0001",
      "a linkage schema follows clkhash's linkage schema v1, v2 or v3 and Barrier's documented limits"),
  /** The document is not strict JSON or is over a size limit. */
  SCHEMA_SYNTAX("BARRIER-LNK-0002",
      "a linkage schema is one strict JSON object (no duplicate names, at most 1 MiB)"),
  /** The version is not 1, 2 or 3. */
  SCHEMA_VERSION("BARRIER-LNK-0003", "the schema version must be 1, 2 or 3"),
  /** A required property is absent. */
  SCHEMA_REQUIRED("BARRIER-LNK-0004", "a required property is missing"),
  /** A value has the wrong JSON type. */
  SCHEMA_TYPE("BARRIER-LNK-0005", "a value has the wrong JSON type"),
  /** A value is outside its allowed values or range. */
  SCHEMA_VALUE("BARRIER-LNK-0006", "a value is not one of the allowed values or is out of range"),
  /** A property that the published JSON Schema does not allow at this place. */
  SCHEMA_UNKNOWN_PROPERTY("BARRIER-LNK-0007", "a property is not allowed here"),
  /** A value matches none, or more than one, of the alternatives of its place. */
  SCHEMA_ONE_OF("BARRIER-LNK-0008", "a value must match exactly one of the alternatives of its place"),
  /** kdf salt or info is not padded standard base64. */
  SCHEMA_BASE64("BARRIER-LNK-0009", "kdf salt and info are padded standard base64 (A-Z a-z 0-9 + /)"),
  /** clkConfig.xorFolds other than 0, which clkhash 0.18.3 silently ignores. */
  SCHEMA_XOR_FOLDS("BARRIER-LNK-0010",
      "clkConfig.xorFolds must be 0 or absent: clkhash 0.18.3 ignores it; use clkConfig.xor_folds"),
  /** A value beyond a documented limit of Barrier. */
  SCHEMA_LIMIT("BARRIER-LNK-0011", "a value exceeds a documented limit of Barrier's linkage schemas"),
  /** blakeHash needs a power-of-two filter and keys of at most 64 bytes. */
  SCHEMA_BLAKE("BARRIER-LNK-0012",
      "blakeHash needs l x 2^xor_folds to be a power of two and kdf keySize at most 64"),
  /** A string pattern is not a regular expression Barrier can run as Python would. */
  SCHEMA_PATTERN("BARRIER-LNK-0013", "a string pattern must be a regular expression of the documented syntax"),
  /** A date format uses an unsupported or repeated directive. */
  SCHEMA_DATE_FORMAT("BARRIER-LNK-0014",
      "a date format uses only the directives d m y Y b B a A j H I M S f p w u % and each at most once"),
  /** A numeric comparison whose distance interval rounds to zero. */
  SCHEMA_NUMERIC("BARRIER-LNK-0015",
      "a numeric comparison needs thresholdDistance x 10^fractional_precision to round to at least 1"),
  /** prevent_singularity on a hash other than doubleHash. */
  SCHEMA_SINGULARITY("BARRIER-LNK-0016", "prevent_singularity is allowed only with doubleHash"),
  /** A missing-value replacement the field's encoding cannot write. */
  SCHEMA_MISSING_VALUE("BARRIER-LNK-0017", "missingValue replaceWith must be encodable in the field's encoding"),
  /** No feature would be hashed. */
  SCHEMA_NO_HASHED_FEATURE("BARRIER-LNK-0018", "a linkage schema hashes at least one feature"),
  /** Warning: a property that clkhash ignores. */
  SCHEMA_IGNORED_PROPERTY("BARRIER-LNK-0019", "warning: a property that clkhash ignores"),
  /** Warning: a setting that is valid but weakens the encoding. */
  SCHEMA_WEAK_SETTING("BARRIER-LNK-0020", "warning: a valid setting that weakens or wastes the encoding"),

  // ---- 01xx records and values (eu.barrier.linkage.record, eu.barrier.linkage.clk) ----

  /** The CSV text breaks the quoting rules. */
  CSV_SYNTAX("BARRIER-LNK-0101",
      "CSV fields are plain, or quoted with \" and \"\" for a quote; nothing follows a closing quote"),
  /** The CSV bytes are not UTF-8. */
  CSV_ENCODING("BARRIER-LNK-0102", "a CSV file is UTF-8 without a byte order mark"),
  /** A CSV field is too long. */
  CSV_FIELD_TOO_LONG("BARRIER-LNK-0103", "a CSV field has at most 131072 characters"),
  /** The header does not list the schema's features. */
  CSV_HEADER("BARRIER-LNK-0104", "the CSV header lists the feature identifiers of the schema, in order"),
  /** A row with another number of values than the schema has features. */
  RECORD_FIELD_COUNT("BARRIER-LNK-0105", "a record has one value per feature of the schema"),
  /** A value the field's encoding cannot write. */
  VALUE_ENCODING("BARRIER-LNK-0106", "a value must be encodable in its field's encoding"),
  /** A value that does not match the field's pattern. */
  VALUE_PATTERN("BARRIER-LNK-0107", "a value must match its field's pattern"),
  /** A value that is too short or too long. */
  VALUE_LENGTH("BARRIER-LNK-0108", "a value must have a length within its field's minLength and maxLength"),
  /** A value in the wrong case. */
  VALUE_CASE("BARRIER-LNK-0109", "a value must be in its field's case"),
  /** A value that is not an integer. */
  VALUE_INTEGER("BARRIER-LNK-0110", "a value of an integer field must be a base-10 integer"),
  /** An integer outside the field's range. */
  VALUE_RANGE("BARRIER-LNK-0111", "an integer must lie within its field's minimum and maximum"),
  /** A value that is not a date of the field's format. */
  VALUE_DATE("BARRIER-LNK-0112", "a value of a date field must be a valid date in the field's format"),
  /** A value that is not one of the field's enum values. */
  VALUE_ENUM("BARRIER-LNK-0113", "a value of an enum field must be one of its values"),
  /** A value of a numeric comparison that is not a finite number. */
  VALUE_NUMBER("BARRIER-LNK-0114", "a value compared numerically must be a finite decimal number"),
  /** Some records are invalid; each is listed with its row and field. */
  RECORDS_INVALID("BARRIER-LNK-0115", "every record must be valid for the schema"),
  /** The per-record salt field is empty. */
  RECORD_SALT("BARRIER-LNK-0116", "the salting field of a record must not be empty"),
  /** The records could not be read. */
  RECORDS_IO("BARRIER-LNK-0117", "the records must be readable"),

  // ---- 02xx CLK files (eu.barrier.linkage.clk) ----

  /** The document is not a CLK file. */
  CLK_FILE_SYNTAX("BARRIER-LNK-0201", "a CLK file is one JSON object {\"clks\": [base64, ...]}"),
  /** A CLK that is not padded standard base64. */
  CLK_BASE64("BARRIER-LNK-0202", "a CLK is padded standard base64 of at least one byte"),
  /** CLKs of different lengths in one set. */
  CLK_LENGTH("BARRIER-LNK-0203", "all CLKs of a file have the same length"),
  /** A CLK length that matching cannot use. */
  CLK_WORDS("BARRIER-LNK-0204", "matching needs CLKs whose length is a positive multiple of 64 bits"),

  // ---- 03xx matching (eu.barrier.linkage.match, eu.barrier.linkage.block) ----

  /** Datasets that cannot be compared. */
  MATCH_DATASETS("BARRIER-LNK-0301", "matching needs at least two datasets whose CLKs have the same length"),
  /** More candidate pairs than the configured limit. */
  MATCH_TOO_MANY_CANDIDATES("BARRIER-LNK-0302",
      "the candidate pairs must not exceed the configured limit; raise the threshold or use blocking"),

  // ---- 04xx the linkage secret (eu.barrier.linkage.clk) ----

  /** A secret file without a secret. */
  SECRET_FORMAT("BARRIER-LNK-0401",
      "a linkage secret file holds at least one byte besides one trailing line break"),
  ;

  private final String code;
  private final String rule;

  LinkageError(String code, String rule) {
    this.code = code;
    this.rule = rule;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String rule() {
    return rule;
  }
}
