package eu.barrier.privacy.oprf;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Bad input to the RFC 9497 functions: an input or info that is too long, bytes that are not an
 * element or a scalar of the group, a batch whose parts do not match, or one of the RFC's
 * practically unreachable error cases (an input that hashes to the identity, a key and info whose
 * tweak is not invertible). The message names the rule and the position, never a value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OprfException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error a {@code BARRIER-PRIV-06xx} code
   * @param detail where, never a value
   */
  public OprfException(PrivacyError error, String detail) {
    super(error, detail);
  }
}
