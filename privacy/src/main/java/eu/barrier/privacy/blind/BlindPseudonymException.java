package eu.barrier.privacy.blind;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A blind pseudonym could not be made: a request or response that breaks the protocol, a service
 * that refused the request (with the service's own code), a service that could not be reached, or a
 * service key that is not usable or not the pinned one. The message names the rule, at most a JSON
 * path, an HTTP status and the service's problem code; never an identifier, an element or a key.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BlindPseudonymException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String problemCode;

  /**
   * Creates the exception.
   *
   * @param error a {@code BARRIER-PRIV-07xx} code
   * @param detail where, never a value
   */
  public BlindPseudonymException(PrivacyError error, String detail) {
    this(error, detail, 0, null, null);
  }

  /**
   * Creates the exception for a refusal or a transport failure.
   *
   * @param error a {@code BARRIER-PRIV-07xx} code
   * @param detail where, never a value
   * @param status the HTTP status, or 0
   * @param problemCode the service's problem code ({@code BARRIER-PSVC-…}), or {@code null}
   * @param cause the cause, or {@code null}
   */
  public BlindPseudonymException(PrivacyError error, String detail, int status, String problemCode, Throwable cause) {
    super(error, detail, cause);
    this.status = status;
    this.problemCode = problemCode;
  }

  /**
   * Returns the HTTP status of a refusal.
   *
   * @return the status, or 0 if the service did not answer with one
   */
  public int status() {
    return status;
  }

  /**
   * Returns the code of the service's problem document.
   *
   * @return the code, for example {@code BARRIER-PSVC-0011}, if the service sent one
   */
  public Optional<String> problemCode() {
    return Optional.ofNullable(problemCode);
  }
}
