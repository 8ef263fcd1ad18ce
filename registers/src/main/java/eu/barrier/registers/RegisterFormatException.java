package eu.barrier.registers;

import eu.barrier.core.BarrierException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one failure type of the register readers: the input cannot be read as a whole (a missing
 * file, a wrong header, a broken archive, a document of the wrong format). Problems in single rows
 * never throw; they are counted and listed in the reader's report.
 *
 * <p>The message and the problems name files, lines, columns and rules, never a value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RegisterFormatException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems; at least one; transient because records of this module are not serializable. */
  private final transient List<RegisterProblem> problems;

  /**
   * Creates an exception for one problem.
   *
   * @param problem the problem
   */
  public RegisterFormatException(RegisterProblem problem) {
    this(List.of(problem), null);
  }

  /**
   * Creates an exception for one or more problems, with a cause.
   *
   * @param problems the problems; at least one
   * @param cause the cause, or {@code null}; its message must hold no personal data
   */
  public RegisterFormatException(List<RegisterProblem> problems, Throwable cause) {
    super(problems.get(0).error(), describe(problems), cause);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems.
   *
   * @return at least one problem
   */
  public List<RegisterProblem> problems() {
    return problems;
  }

  /**
   * Returns the code of the first problem.
   *
   * @return the error
   */
  @Override
  public RegistersError errorCode() {
    return (RegistersError) super.errorCode();
  }

  private static String describe(List<RegisterProblem> problems) {
    RegisterProblem first = problems.get(0);
    String where = !first.pointer().isEmpty() ? first.file() + " " + first.pointer()
        : first.line() > 0 ? first.file() + ":" + first.line() : first.file();
    return where + ": " + first.detail()
        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "");
  }
}
