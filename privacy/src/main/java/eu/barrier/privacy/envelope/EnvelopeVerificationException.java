package eu.barrier.privacy.envelope;

import java.security.GeneralSecurityException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one exception {@link Envelopes#open} throws for a message it does not accept. {@link
 * #reason()} tells which check failed; {@link #code()} is its stable {@code BARRIER-PRIV-04xx}
 * code. The message states the code, the rule and at most a JSON path or an index; it never holds
 * the payload, header texts, key material or any other value of the message.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EnvelopeVerificationException extends GeneralSecurityException {

  private static final long serialVersionUID = 1L;

  private final VerificationFailure reason;

  /**
   * Creates the exception.
   *
   * @param reason the failed check
   * @param detail where, never a value; may be empty
   */
  public EnvelopeVerificationException(VerificationFailure reason, String detail) {
    super(describe(reason, detail));
    this.reason = reason;
  }

  private static String describe(VerificationFailure reason, String detail) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    return reason.error().code() + ": " + reason.error().rule() + (detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /**
   * Returns the failed check.
   *
   * @return the reason
   */
  public VerificationFailure reason() {
    return reason;
  }

  /**
   * Returns the stable code, for example {@code BARRIER-PRIV-0407}.
   *
   * @return the code
   */
  public String code() {
    return reason.error().code();
  }
}
