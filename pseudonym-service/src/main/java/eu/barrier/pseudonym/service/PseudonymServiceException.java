package eu.barrier.pseudonym.service;

import eu.barrier.core.BarrierException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The pseudonym service could not be configured or started: a setting out of range, an empty trust
 * list, an address that cannot be bound. The message states the rule, never key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PseudonymServiceException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error the code
   * @param detail what, never a secret
   * @param cause the cause, or {@code null}
   */
  public PseudonymServiceException(PseudonymServiceError error, String detail, Throwable cause) {
    super(Objects.requireNonNull(error, "error"), detail, cause);
  }
}
