package eu.barrier.indicators.scoring;

import eu.barrier.core.BarrierException;
import eu.barrier.core.ErrorCode;
import eu.barrier.indicators.internal.ProblemSummary;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one exception {@link AssessInput} throws for a bad assess input document. It lists every
 * problem found, each with its JSON Pointer and stable code; {@link #code()} is the code of the
 * first. Messages name the rule and the path, never the rejected value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class AssessInputException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems; transient because records of this module are not serializable. */
  private final transient List<Problem> problems;

  /**
   * One problem in an assess input document.
   *
   * @param path the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param code the stable code, a {@code BARRIER-CORE-01xx}/{@code 02xx} code for structure and
   *     types, or a {@code BARRIER-IND-02xx} code for names, gradings, periods and subject ids
   * @param message the rule broken; never the value
   */
  public record Problem(String path, String code, String message) {

    /**
     * Checks for {@code null}.
     *
     * @param path the path component
     * @param code the code component
     * @param message the message component
     * @throws NullPointerException if a component is {@code null}
     */
    public Problem {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }

    /**
     * Returns {@code CODE at PATH: message}.
     *
     * @return the problem as one line
     */
    @Override
    public String toString() {
      return code + " at '" + path + "': " + message;
    }
  }

  /**
   * Creates the exception.
   *
   * @param firstCode the code of the first problem
   * @param problems the problems, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  AssessInputException(ErrorCode firstCode, List<Problem> problems) {
    super(firstCode, summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an assess input exception has at least one problem");
    }
    return ProblemSummary.of("assess input", problems);
  }

  /**
   * Returns every problem, ordered by path.
   *
   * @return an unmodifiable, non-empty list; empty only after Java deserialization
   */
  public List<Problem> problems() {
    return problems == null ? List.of() : problems;
  }
}
