package eu.barrier.privacy.generalise;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import org.apiguardian.api.API;

/**
 * Thrown when a value cannot be generalised: a birth date after the reference date, a postcode or
 * municipality code of the wrong shape, an unknown country. The message never holds the value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class GeneralisationException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the rule that was broken
   * @param detail where, never the value
   */
  public GeneralisationException(PrivacyError error, String detail) {
    super(error, detail);
  }
}
