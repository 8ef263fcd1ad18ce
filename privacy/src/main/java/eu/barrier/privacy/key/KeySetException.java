package eu.barrier.privacy.key;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Thrown for a key set file that breaks the documented format, a key set that breaks an invariant
 * (exactly one primary, unique ids) and a status change the life cycle does not allow. The message
 * names the rule and the JSON path or key id, never key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class KeySetException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule that was broken
   * @param detail where, never a secret
   */
  public KeySetException(PrivacyError error, String detail) {
    super(error, detail);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param error the rule that was broken
   * @param detail where, never a secret
   * @param cause the cause; its message must not hold secrets
   */
  public KeySetException(PrivacyError error, String detail, Throwable cause) {
    super(error, detail, cause);
  }
}
