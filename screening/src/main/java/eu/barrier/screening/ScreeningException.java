package eu.barrier.screening;

import eu.barrier.core.BarrierException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one failure type of {@code barrier-screening}: a rule was broken. {@link #code()} is the
 * code of the first problem; {@link #problems()} lists every problem found, each with where it is
 * (a file and JSON Pointer, or a field) and the rule, never a value from the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class ScreeningException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; transient because records of this module are not serializable. */
  private final transient List<Problem> problems;

  /**
   * One broken rule.
   *
   * @param where where the problem is: a file name and JSON Pointer, or a field name
   * @param error the rule broken
   */
  public record Problem(String where, ScreeningError error) {

    /**
     * Checks.
     *
     * @param where where the problem is
     * @param error the rule broken
     */
    public Problem {
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(error, "error");
    }

    /**
     * Returns the problem as one line: where, the code and the rule.
     *
     * @return for example {@code establishments.json /establishments/3/sector: BARRIER-SCR-0105 each ...}
     */
    @Override
    public String toString() {
      return where + ": " + error.code() + " " + error.rule();
    }
  }

  /**
   * Creates an exception with one problem.
   *
   * @param error the rule broken
   * @param where where
   */
  public ScreeningException(ScreeningError error, String where) {
    this(List.of(new Problem(where, error)));
  }

  /**
   * Creates an exception with one problem and its cause.
   *
   * @param error the rule broken
   * @param where where
   * @param cause the cause, whose message must hold no input value either
   */
  public ScreeningException(ScreeningError error, String where, Throwable cause) {
    super(error, where + ": " + error.rule(), cause);
    this.problems = List.of(new Problem(where, error));
  }

  /**
   * Creates an exception listing problems.
   *
   * @param problems the problems, at least one
   */
  public ScreeningException(List<Problem> problems) {
    super(first(problems).error(), summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static Problem first(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("at least one problem");
    }
    return problems.get(0);
  }

  private static String summary(List<Problem> problems) {
    Problem p = problems.get(0);
    return problems.size() == 1 ? p.where() + ": " + p.error().rule()
        : problems.size() + " problems; first at " + p.where() + ": " + p.error().rule();
  }

  /**
   * Returns the rule of the first problem.
   *
   * @return the error
   */
  public ScreeningError error() {
    return problems.get(0).error();
  }

  /**
   * Returns every problem found.
   *
   * @return an unmodifiable list, at least one
   */
  public List<Problem> problems() {
    return problems;
  }
}
