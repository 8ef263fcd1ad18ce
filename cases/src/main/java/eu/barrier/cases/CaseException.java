package eu.barrier.cases;

import eu.barrier.core.BarrierException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one failure type of {@code barrier-cases}: a rule was broken. The message names the rule
 * and where (a field, an event number), never a value from the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CaseException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final transient CaseError error;

  /**
   * Creates an exception.
   *
   * @param error the rule broken
   * @param where where: a field or an event, never a value
   */
  public CaseException(CaseError error, String where) {
    this(error, where, null);
  }

  /**
   * Creates an exception with a cause whose message holds no personal data.
   *
   * @param error the rule broken
   * @param where where: a field or an event, never a value
   * @param cause the cause, or {@code null}
   */
  public CaseException(CaseError error, String where, Throwable cause) {
    super(error, error.rule() + " (" + Objects.requireNonNull(where, "where") + ")", cause);
    this.error = error;
  }

  /**
   * Returns the rule broken.
   *
   * @return the error
   */
  public CaseError error() {
    return error;
  }
}
