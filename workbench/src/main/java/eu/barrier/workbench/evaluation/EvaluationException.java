package eu.barrier.workbench.evaluation;

import eu.barrier.workbench.WorkbenchError;

import eu.barrier.core.BarrierException;
import org.apiguardian.api.API;

/** Thrown when labelled subjects or scorers cannot be evaluated; the code says which rule broke. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvaluationException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param error the rule broken
   * @param detail what broke it, without personal data
   */
  public EvaluationException(WorkbenchError error, String detail) {
    super(error, detail);
  }
}
