package eu.barrier.core;

import java.util.Objects;
import org.apiguardian.api.API;

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
@API(status = API.Status.STABLE, since = "0.1.0")
public final class BarrierConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final CoreError error;

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * @param error the stable code, from the {@code 09xx} range of {@link CoreError}
   * @param detail what is wrong and how to fix it
   * @param cause the underlying failure, or {@code null}
   */
  public BarrierConfigurationException(CoreError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error").code() + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.error = error;
  }

  /**
   * Returns the stable error code, for example {@code BARRIER-CORE-0901}.
   *
   * @return the code; never {@code null}
   */
  public String code() {
    return error.code();
  }

  /**
   * Returns the error code object.
   *
   * @return the error code; never {@code null}
   */
  public CoreError errorCode() {
    return error;
  }
}
