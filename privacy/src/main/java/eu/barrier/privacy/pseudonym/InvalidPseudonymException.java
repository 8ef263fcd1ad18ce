package eu.barrier.privacy.pseudonym;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Thrown by {@link Pseudonym#parse} for text that is not a well-formed pseudonym, and by {@link
 * PseudonymContext#of} for a malformed purpose or recipient label. The message names the rule,
 * never the text.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InvalidPseudonymException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule that was broken
   * @param detail where, never the value
   */
  public InvalidPseudonymException(PrivacyError error, String detail) {
    super(error, detail);
  }
}
