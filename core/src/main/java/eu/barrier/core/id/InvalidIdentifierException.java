package eu.barrier.core.id;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import org.apiguardian.api.API;

/**
 * Thrown when text is not a valid identifier of the requested type.
 *
 * <p>The {@linkplain #errorCode() error code} names the rule that was broken ({@code
 * BARRIER-CORE-0001} to {@code BARRIER-CORE-0008}). The message names the identifier type and the
 * rule, for example {@code BARRIER-CORE-0006: nl-bsn: check digits do not match: …}; it never
 * contains the rejected input.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InvalidIdentifierException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final IdentifierType type;
  private final String reason;

  InvalidIdentifierException(IdentifierType type, CoreError error, String reason) {
    super(error, type.id() + ": " + reason);
    this.type = type;
    this.reason = reason;
  }

  /**
   * Returns the identifier type that was expected.
   *
   * @return the type; never {@code null}
   */
  public IdentifierType type() {
    return type;
  }

  /**
   * Returns the broken rule with the specifics of the type, without the code and without the input,
   * for example {@code first digit out of range: the first digit must be 0 or 1}.
   *
   * @return the reason; never {@code null}
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the broken rule, one of the {@code 00xx} constants of {@link CoreError}.
   *
   * @return the error code, or {@code null} after Java deserialization
   */
  @Override
  public CoreError errorCode() {
    return (CoreError) super.errorCode();
  }
}
