package eu.barrier.privacy.envelope;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Thrown while sealing for input that breaks a rule: a header field of the wrong shape ({@link
 * PrivacyError#ENVELOPE_FIELD}) or a payload that is not one JSON object RFC 8785 can canonicalise
 * ({@link PrivacyError#ENVELOPE_PAYLOAD}). The message names the field, never its value. Failures
 * while opening are the checked {@link EnvelopeVerificationException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EnvelopeException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule that was broken
   * @param detail where, never a value
   */
  public EnvelopeException(PrivacyError error, String detail) {
    super(error, detail);
  }

  static EnvelopeException field(String detail) {
    return new EnvelopeException(PrivacyError.ENVELOPE_FIELD, detail);
  }
}
