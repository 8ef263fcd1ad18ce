package eu.barrier.spring.problem;

import eu.barrier.core.BarrierException;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.spring.SpringError;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A request document broke the rules of its type: every {@link Violation} the {@code Boundary}
 * found. {@link BoundaryProblems} answers it as an RFC 9457 problem. The code is {@link
 * SpringError#REQUEST_INVALID}; each violation carries its own code.
 *
 * <p>The message lists the violations' paths and codes, never a value: the library shows a member
 * name in a path only if it cannot be personal data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BoundaryViolationException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The most violations the message names; {@link #violations()} has them all. */
  private static final int NAMED = 5;

  /** The violations; transient because {@link Violation} is not serializable. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, in the Boundary's order; at least one
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the list or an element is {@code null}
   */
  public BoundaryViolationException(List<Violation> violations) {
    super(SpringError.REQUEST_INVALID, describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    if (Objects.requireNonNull(violations, "violations").isEmpty()) {
      throw new IllegalArgumentException("at least one violation");
    }
    String named = violations.stream().limit(NAMED).map(v -> (v.path().isEmpty() ? "(document)" : v.path()) + " " + v.code())
        .collect(Collectors.joining(", "));
    return violations.size() + " violation(s): " + named + (violations.size() > NAMED ? ", ..." : "");
  }

  /**
   * Returns the value of a valid result, or throws the violations of an invalid one.
   *
   * <pre>{@code
   * PermitForm form = BoundaryViolationException.requireValid(boundary.parse(body, PermitForm.class, Language.of(locale)));
   * }</pre>
   *
   * @param result a Boundary result
   * @param <T> the value type
   * @return the value
   * @throws BoundaryViolationException if the result is not valid
   */
  public static <T> T requireValid(BoundaryResult<T> result) {
    if (!Objects.requireNonNull(result, "result").isValid()) {
      throw new BoundaryViolationException(result.violations());
    }
    return result.value();
  }

  /**
   * Returns the violations.
   *
   * @return the violations, unmodifiable; never empty (empty only after Java deserialization)
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
