package eu.barrier.core;

import java.util.Objects;

/**
 * The host application is set up in a way Barrier cannot work with: a dependency at the wrong
 * version, or a module that does not open a package Barrier must read. Thrown for the developer
 * who deploys the application, at start-up or on first use; the message names the fix.
 *
 * <p>This is deliberately <em>not</em> a {@link BarrierException}: an application that maps
 * {@code BarrierException} to "the request is invalid" (HTTP 400 or 422) must never blame the
 * person who sent a valid request for a set-up error. Let it reach the error handler for server
 * faults (HTTP 500) and the logs. Its codes are the {@code 09xx} range of {@link CoreError}.
 *
 * <p>Messages name jars, versions, modules and packages, never input data.
 */
public final class BarrierConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The stable code; transient like {@link BarrierException}'s. */
  private final transient ErrorCode errorCode;

  private final String code;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param errorCode the stable code, from the {@code 09xx} range of {@link CoreError}
   * @param detail what is wrong and how to fix it
   */
  public BarrierConfigurationException(ErrorCode errorCode, String detail) {
    this(errorCode, detail, null);
  }

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * @param errorCode the stable code, from the {@code 09xx} range of {@link CoreError}
   * @param detail what is wrong and how to fix it
   * @param cause the underlying failure, or {@code null}
   */
  public BarrierConfigurationException(ErrorCode errorCode, String detail, Throwable cause) {
    super(Objects.requireNonNull(errorCode, "errorCode").code() + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.errorCode = errorCode;
    this.code = errorCode.code();
  }

  /**
   * Returns the stable error code, for example {@code BARRIER-CORE-0901}.
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
