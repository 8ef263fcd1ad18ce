package eu.barrier.core.validation;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The outcome of {@link Boundary#parse}: either a valid value or every violation found.
 *
 * @param <T> the value type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BoundaryResult<T> {

  private final T value;
  private final List<Violation> violations;

  private BoundaryResult(T value, List<Violation> violations) {
    this.value = value;
    this.violations = violations;
  }

  static <T> BoundaryResult<T> valid(T value) {
    return new BoundaryResult<>(Objects.requireNonNull(value, "value"), List.of());
  }

  static <T> BoundaryResult<T> invalid(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one violation");
    }
    return new BoundaryResult<>(null, List.copyOf(violations));
  }

  /**
   * Returns whether the document was accepted.
   *
   * @return {@code true} if there are no violations
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Returns the parsed and validated value.
   *
   * @return the value; never {@code null}
   * @throws IllegalStateException if the document was not valid
   */
  public T value() {
    if (!isValid()) {
      throw new IllegalStateException("the document is not valid: " + violations.size() + " violation(s)");
    }
    return value;
  }

  /**
   * Returns the violations, ordered by path (array indexes numerically), then code.
   *
   * @return the violations, unmodifiable; empty if valid
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns whether the document was valid and how many violations it had; never the value.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return isValid() ? "BoundaryResult[valid]" : "BoundaryResult[invalid, violations=" + violations.size() + "]";
  }
}
