package eu.barrier.core;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Root of Barrier's unchecked exceptions for bad data: invalid identifiers, malformed JSON,
 * invalid catalogues.
 *
 * <p>Every instance carries a stable {@link ErrorCode}. Messages state the rule that was broken
 * and where (a JSON path, a position), never the rejected value: input may be personal data, and
 * exception messages end up in logs.
 *
 * <p>Programming errors (a {@code null} argument, a call in the wrong state) are reported with the
 * JDK's {@link NullPointerException}, {@link IllegalArgumentException} and {@link
 * IllegalStateException} instead.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public class BarrierException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable code; transient because error-code enums of other modules may not be loaded. */
  private final transient ErrorCode errorCode;

  private final String code;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param errorCode the stable code
   * @param detail a description that names the rule and where it was broken, never the value
   */
  public BarrierException(ErrorCode errorCode, String detail) {
    this(errorCode, detail, null);
  }

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * <p>The cause is kept for stack traces; callers must make sure its message holds no personal
   * data, or pass {@code null}.
   *
   * @param errorCode the stable code
   * @param detail a description that names the rule and where it was broken, never the value
   * @param cause the underlying cause, or {@code null}
   */
  public BarrierException(ErrorCode errorCode, String detail, Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.errorCode = errorCode;
    this.code = errorCode.code();
  }

  /**
   * Returns the stable error code, for example {@code BARRIER-CORE-0001}.
   *
   * @return the code; never {@code null}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the error code object, or {@code null} after Java deserialization of this exception.
   *
   * @return the error code
   */
  public ErrorCode errorCode() {
    return errorCode;
  }
}
