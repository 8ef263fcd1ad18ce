package eu.barrier.privacy;

import eu.barrier.core.BarrierException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Root of the privacy module's exceptions for bad data: a malformed pseudonym, a key set file that
 * breaks the format, an impossible key status change, a value that cannot be generalised, an audit
 * log that cannot be written.
 *
 * <p>The message states the rule and where it was broken, never the rejected value, a key or a
 * pseudonym. Failed signature or decryption checks of the exchange envelope are reported by a
 * checked exception instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class PrivacyException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The typed code; transient like the base class's error code. */
  private final transient PrivacyError error;

  /**
   * Creates an exception whose message is {@code code: detail}.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   */
  public PrivacyException(PrivacyError error, String detail) {
    this(error, detail, null);
  }

  /**
   * Creates an exception whose message is {@code code: detail}, with a cause.
   *
   * @param error the stable code
   * @param detail where the rule was broken, never the rejected value
   * @param cause the underlying cause, or {@code null}; its message must not hold personal data
   */
  public PrivacyException(PrivacyError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error"), detail, cause);
    this.error = error;
  }

  /**
   * Returns the typed error code, or {@code null} after Java deserialization of this exception.
   *
   * @return the code
   */
  public PrivacyError error() {
    return error;
  }
}
