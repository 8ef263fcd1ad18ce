package eu.barrier.workbench.evaluation;

import eu.barrier.core.BarrierException;
import eu.barrier.core.ErrorCode;
import eu.barrier.indicators.scoring.AssessInputException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a labelled input document breaks the format; lists every problem with its JSON
 * Pointer, code and rule, never the rejected value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LabelledInputException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems; transient because records of this module are not serializable. */
  private final transient List<AssessInputException.Problem> problems;

  LabelledInputException(ErrorCode firstCode, String summary, List<AssessInputException.Problem> problems) {
    super(firstCode, summary);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in document order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<AssessInputException.Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
