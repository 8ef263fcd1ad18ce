package eu.barrier.linkage;

import eu.barrier.core.BarrierException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Root of the linkage module's exceptions for bad data: an invalid linkage schema, invalid records,
 * a malformed CLK file, datasets that cannot be matched.
 *
 * <p>The message states the rule and where it was broken (a JSON Pointer, a row number and a field
 * identifier), never the rejected value, a secret or a CLK.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class LinkageException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The typed code; transient like the base class's error code. */
  private final transient LinkageError error;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   */
  public LinkageException(LinkageError error, String detail) {
    this(error, detail, null);
  }

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   * @param cause the underlying cause, or {@code null}; its message must not hold personal data
   */
  public LinkageException(LinkageError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error"), detail, cause);
    this.error = error;
  }

  /**
   * Returns the typed error code, or {@code null} after Java deserialization of this exception.
   *
   * @return the code
   */
  public LinkageError error() {
    return error;
  }
}
