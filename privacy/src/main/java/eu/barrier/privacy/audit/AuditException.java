package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Thrown for an audit field that could carry free text, an audit log that cannot be written, and
 * an audit log that cannot be continued. Verification problems are not exceptions: they are
 * reported by {@link AuditVerification}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AuditException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule that was broken
   * @param detail where, never a value
   */
  public AuditException(PrivacyError error, String detail) {
    super(error, detail);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param error the rule that was broken
   * @param detail where, never a value
   * @param cause the cause, for example an {@link java.io.IOException}
   */
  public AuditException(PrivacyError error, String detail, Throwable cause) {
    super(error, detail, cause);
  }
}
