package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * The server's proof did not verify against its public key (RFC 9497 VerifyError): the
 * evaluation was not made with the key the client expected, or was changed on the way. Nothing
 * was finalized. The message is the stable code {@code BARRIER-PRIV-0607} and its rule.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OprfVerificationException extends GeneralSecurityException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public OprfVerificationException() {
    super(PrivacyError.OPRF_PROOF.code() + ": " + PrivacyError.OPRF_PROOF.rule());
  }

  /**
   * Returns the stable code.
   *
   * @return {@code BARRIER-PRIV-0607}
   */
  public String code() {
    return PrivacyError.OPRF_PROOF.code();
  }
}
