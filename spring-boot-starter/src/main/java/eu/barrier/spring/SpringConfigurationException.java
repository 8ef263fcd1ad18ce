package eu.barrier.spring;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The application is set up in a way the starter cannot work with: a key file others can read, a
 * catalogue id that is not built in. Thrown while the application context starts, so the
 * application does not start; the message names the property and the fix.
 *
 * <p>Like core's {@code BarrierConfigurationException}, this is deliberately <em>not</em> a
 * {@code BarrierException}: it is the developer's problem, never the problem of a person who sent
 * a request. Messages name properties, codes and versions, never key material or file contents.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SpringConfigurationException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final SpringError error;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param error the stable code, from the {@code 09xx} range of {@link SpringError}
   * @param detail what is wrong and how to fix it
   * @param cause the underlying failure, or {@code null}; its message must hold no key material
   */
  public SpringConfigurationException(SpringError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error").code() + ": " + Objects.requireNonNull(detail, "detail"), cause);
    this.error = error;
  }

  /**
   * Returns the stable error code, for example {@code BARRIER-SPRING-0901}.
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
  public SpringError errorCode() {
    return error;
  }
}
