package eu.barrier.indicators.evaluation;

import eu.barrier.core.BarrierException;
import eu.barrier.core.ErrorCode;
import eu.barrier.indicators.scoring.AssessInputException;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a labelled input document breaks the format; lists every problem with its JSON
 * Pointer, code and rule, never the rejected value.
 */
public final class LabelledInputException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems; transient because records of this module are not serializable. */
  private final transient List<AssessInputException.Problem> problems;

  LabelledInputException(ErrorCode firstCode, List<AssessInputException.Problem> problems) {
    super(firstCode, summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<AssessInputException.Problem> problems) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "invalid labelled input, %d problem%s",
        problems.size(), problems.size() == 1 ? "" : "s"));
    int shown = 0;
    for (AssessInputException.Problem problem : problems) {
      if (shown++ == 20) {
        sb.append("; ...");
        break;
      }
      sb.append(shown == 1 ? ": " : "; ").append(problem);
    }
    return sb.toString();
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
