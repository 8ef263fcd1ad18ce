package eu.barrier.core.json;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one exception {@link BarrierJson} throws for input it does not accept: malformed JSON, a
 * breached {@link JsonLimits limit}, an unknown property, a value of the wrong type, a value its
 * type rejects, or input that could not be read.
 *
 * <p>{@link #code()} is one of the {@code BARRIER-CORE-01xx} codes of {@link CoreError}, or a
 * {@code 04xx} input code when the document is not UTF-8 without a byte-order mark ({@link
 * CoreError#INPUT_ENCODING}) or its stream breaks an input rule. {@link #path()} is a JSON Pointer
 * (RFC 6901) to the offending value, for example {@code /observations/3/grading}, or the empty
 * string for the document itself. A member name appears in the path only if the target type
 * declares it (a field of the format); every other name, such as an unknown member, a map key or
 * any member of a free-form ({@code JsonNode}) document, is replaced by {@code *}, because names
 * taken from the input can be national numbers, birth dates or surnames.
 *
 * <p>The message states the code, the rule and the path. It never contains the rejected value,
 * and the exception never carries a parser exception as its cause, because those quote the input.
 * When a value's own type rejected it (for example an identifier with wrong check digits), {@link
 * #valueRule()} gives that type's code and the cause is the type's {@link BarrierException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class JsonFormatException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final String path;

  private final transient ErrorCode valueRule;

  /**
   * Creates an exception.
   *
   * @param errorCode the code, one of the {@code 01xx} or {@code 04xx} codes of {@link CoreError}
   * @param path the JSON Pointer of the offending value; empty for the document
   * @param valueRule the code of the rule the value's own type enforces, or {@code null}
   * @param cause a cause whose message holds no input, or {@code null}
   * @throws IllegalArgumentException if {@code errorCode} is not a JSON ({@code 01xx}) or input
   *     ({@code 04xx}) code
   */
  public JsonFormatException(CoreError errorCode, String path, ErrorCode valueRule, Throwable cause) {
    super(jsonCode(errorCode), describe(errorCode, path, valueRule), cause);
    this.path = path;
    this.valueRule = valueRule;
  }

  /**
   * Returns the JSON Pointer of the offending value.
   *
   * @return the path, for example {@code /observations/3/grading}; empty for the document itself
   */
  public String path() {
    return path;
  }

  /**
   * Returns the code of the rule the value's own type enforces, when that type rejected the value.
   * For an identifier with wrong check digits this is the identifier's check-digit code, while
   * {@link #code()} is {@link CoreError#JSON_INVALID_VALUE}.
   *
   * @return the value type's code, or empty; also empty after Java deserialization
   */
  public Optional<ErrorCode> valueRule() {
    return Optional.ofNullable(valueRule);
  }

  private static CoreError jsonCode(CoreError errorCode) {
    String code = Objects.requireNonNull(errorCode, "errorCode").code();
    if (!code.startsWith("BARRIER-CORE-01") && !code.startsWith("BARRIER-CORE-04")) {
      throw new IllegalArgumentException("not a JSON error code: " + errorCode.code());
    }
    return errorCode;
  }

  private static String describe(CoreError errorCode, String path, ErrorCode valueRule) {
    Objects.requireNonNull(path, "path");
    StringBuilder sb = new StringBuilder(Objects.requireNonNull(errorCode, "errorCode").rule());
    if (valueRule != null) {
      sb.append(" (").append(valueRule.code()).append(": ").append(valueRule.rule()).append(')');
    }
    sb.append(path.isEmpty() ? " at the document root" : " at " + path);
    return sb.toString();
  }
}
