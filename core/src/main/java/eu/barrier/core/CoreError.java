package eu.barrier.core;

import org.apiguardian.api.API;

/**
 * The stable error codes of {@code barrier-core}.
 *
 * <p>Ranges: {@code 00xx} identifiers, {@code 01xx} JSON, {@code 02xx} validation at the
 * boundary, {@code 03xx} the domain model, {@code 04xx} reading input files and streams, {@code 05xx} writing
 * output, {@code 09xx} the host
 * application's set-up (thrown as {@link BarrierConfigurationException}, never reported as a problem of the
 * input). Codes are
 * never reused or renumbered.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum CoreError implements ErrorCode {

  // ---- 00xx identifiers (eu.barrier.core.id) ----

  /** The input holds no digits. */
  ID_EMPTY("BARRIER-CORE-0001", "an identifier must contain digits"),

  /** The input is longer than the limit checked before normalisation. */
  ID_TOO_LONG(
      "BARRIER-CORE-0002", "an identifier must be at most 64 characters long, separators included"),

  /** The input holds a character that is neither a digit nor an allowed separator. */
  ID_BAD_CHARACTER(
      "BARRIER-CORE-0003",
      "only digits and the separators space, dot, dash and slash are allowed"),

  /** The input has the wrong number of digits for its type. */
  ID_WRONG_LENGTH("BARRIER-CORE-0004", "wrong number of digits"),

  /** The first digit is outside the range of its type. */
  ID_FIRST_DIGIT("BARRIER-CORE-0005", "first digit out of range"),

  /** The check digits do not match the other digits. */
  ID_CHECK_DIGITS("BARRIER-CORE-0006", "check digits do not match"),

  /** A national register number encodes a birth date that cannot exist. */
  ID_BIRTH_DATE("BARRIER-CORE-0007", "impossible birth date"),

  /** Every digit is zero. */
  ID_ALL_ZEROS("BARRIER-CORE-0008", "all digits are zero"),

  /** A BAG id's object-type code (digits 5 and 6) is not one the BAG defines. */
  ID_BAG_OBJECT_TYPE("BARRIER-CORE-0009", "BAG object-type code must be 01, 02, 03, 10, 20 or 30"),

  // ---- 01xx JSON (eu.barrier.core.json) ----

  /** The document is not well-formed JSON. */
  JSON_SYNTAX("BARRIER-CORE-0101", "document is not well-formed JSON"),
  /** An object has the same property name twice. */
  JSON_DUPLICATE_PROPERTY("BARRIER-CORE-0102", "object has a duplicate property name"),
  /** A property is not defined by the target type. */
  JSON_UNKNOWN_PROPERTY("BARRIER-CORE-0103", "property is not defined for this type"),
  /** A value has a JSON type the target cannot take, for example a string for a number. */
  JSON_WRONG_TYPE("BARRIER-CORE-0104", "value has the wrong JSON type"),
  /** Content follows the root value. */
  JSON_TRAILING_DATA("BARRIER-CORE-0105", "content follows the root value"),
  /** Arrays and objects are nested deeper than the limit. */
  JSON_TOO_DEEP("BARRIER-CORE-0106", "nesting exceeds the maximum depth"),
  /** The document is larger than the limit. */
  JSON_TOO_LARGE("BARRIER-CORE-0107", "document exceeds the maximum size"),
  /** A string value is longer than the limit. */
  JSON_STRING_TOO_LONG("BARRIER-CORE-0108", "string value exceeds the maximum length"),
  /** A number has more characters than the limit. */
  JSON_NUMBER_TOO_LONG("BARRIER-CORE-0109", "number exceeds the maximum length"),
  /** A property name is longer than the limit. */
  JSON_NAME_TOO_LONG("BARRIER-CORE-0110", "property name exceeds the maximum length"),
  /** The document has more tokens than the limit. */
  JSON_TOO_MANY_TOKENS("BARRIER-CORE-0111", "document exceeds the maximum number of tokens"),
  /** A required value is absent or {@code null}. */
  JSON_MISSING_VALUE("BARRIER-CORE-0112", "required value is missing or null"),
  /** A value has the right JSON type but its target type rejects it. */
  JSON_INVALID_VALUE("BARRIER-CORE-0113", "value is not valid for its type"),
  /** The document holds no value at all. */
  JSON_EMPTY("BARRIER-CORE-0114", "document is empty"),
  /** The input could not be read. */
  JSON_IO("BARRIER-CORE-0115", "input could not be read"),

  // ---- 02xx validation at the boundary (eu.barrier.core.validation) ----

  /** A value required by a constraint ({@code @NotNull}, {@code @NotEmpty}, {@code @NotBlank}) is missing. */
  BOUNDARY_REQUIRED("BARRIER-CORE-0201", "required value is missing"),
  /** A value breaks a Jakarta constraint. */
  BOUNDARY_CONSTRAINT_VIOLATED("BARRIER-CORE-0202", "value breaks a constraint"),
  /** More violations were found than are reported. */
  BOUNDARY_TOO_MANY_VIOLATIONS("BARRIER-CORE-0203", "too many violations; the rest are not reported"),

  // ---- 03xx domain model ----

  // ---- 04xx reading input (eu.barrier.core.input) ----

  /** The named input does not exist or cannot be opened. */
  INPUT_UNREADABLE("BARRIER-CORE-0401", "input does not exist or cannot be opened"),
  /** A directory, pipe, socket or device where a file was expected. */
  INPUT_NOT_REGULAR_FILE("BARRIER-CORE-0402", "input must be a regular file, not a directory, pipe or device"),
  /** More bytes than the reader's documented limit. */
  INPUT_TOO_LARGE("BARRIER-CORE-0403", "input exceeds its size limit"),
  /** A byte-order mark, malformed UTF-8 (also UTF-16 or UTF-32) or a NUL character. */
  INPUT_ENCODING("BARRIER-CORE-0404", "input must be UTF-8 without a byte-order mark or NUL characters"),
  /** A line longer than the reader's limit. */
  INPUT_LINE_TOO_LONG("BARRIER-CORE-0405", "a line exceeds its length limit"),
  /** Reading failed after the input was opened. */
  INPUT_IO("BARRIER-CORE-0406", "input could not be read to its end"),
  /** A file of secrets (keys) that its group or others may read, write or execute. */
  INPUT_OPEN_TO_OTHERS("BARRIER-CORE-0407", "a file of secrets is readable and writable by its owner only"),

  // ---- 05xx writing output (eu.barrier.core.output) ----

  /** The output names a file the same operation reads. */
  OUTPUT_IS_INPUT("BARRIER-CORE-0501", "an output is never a file the same command reads"),
  /** The output exists and replacing it was not asked for. */
  OUTPUT_EXISTS("BARRIER-CORE-0502", "an existing output is replaced only when asked (--force)"),
  /** The output exists and is a directory, pipe, socket or device. */
  OUTPUT_NOT_REGULAR_FILE("BARRIER-CORE-0503", "an existing output must be a regular file, not a directory, pipe or device"),
  /** Writing, forcing or renaming the temporary file failed; the target is unchanged. */
  OUTPUT_IO("BARRIER-CORE-0504", "the output could not be written; an existing file is left unchanged"),
  // ---- 09xx the host application's set-up (BarrierConfigurationException) ----

  /** The {@code jackson-annotations} jar is older than the Jackson 3 databind beside it needs. */
  CONFIG_JACKSON_ANNOTATIONS_TOO_OLD(
      "BARRIER-CORE-0901", "jackson-annotations is older than the Jackson 3 databind needs"),
  /** A type read from JSON is in a named module whose package is not opened to Jackson. */
  CONFIG_PACKAGE_NOT_OPEN(
      "BARRIER-CORE-0902", "package of a type read from JSON is not opened to tools.jackson.databind"),

  ;

  private final String code;
  private final String rule;

  CoreError(String code, String rule) {
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
