package eu.barrier.transparency;

import eu.barrier.core.BarrierException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one failure type of {@code barrier-transparency}: a rule was broken. {@link #code()} is the
 * code of the first problem; {@link #findings()} lists every problem found, each with where it is
 * and the rule, never a value from the input.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TransparencyException extends BarrierException {

  private static final long serialVersionUID = 1L;

  /** The problems, in the order found; transient because records of this module are not serializable. */
  private final transient List<Finding> findings;

  /**
   * Creates an exception with one problem.
   *
   * @param error the rule broken
   * @param where where: a field name or a JSON Pointer
   */
  public TransparencyException(TransparencyError error, String where) {
    this(List.of(new Finding(where, error)));
  }

  /**
   * Creates an exception listing problems.
   *
   * @param findings the problems, at least one
   * @throws IllegalArgumentException if the list is empty
   */
  public TransparencyException(List<Finding> findings) {
    super(first(findings).error(), summary(findings));
    this.findings = List.copyOf(findings);
  }

  private static Finding first(List<Finding> findings) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("at least one finding");
    }
    return findings.get(0);
  }

  private static String summary(List<Finding> findings) {
    Finding f = findings.get(0);
    return findings.size() == 1 ? f.path() + ": " + f.error().rule()
        : findings.size() + " problems; first at " + f.path() + ": " + f.error().rule();
  }

  /**
   * Returns the rule of the first problem.
   *
   * @return the error
   */
  public TransparencyError error() {
    return findings.get(0).error();
  }

  /**
   * Returns every problem found.
   *
   * @return an unmodifiable list, at least one
   */
  public List<Finding> findings() {
    return findings;
  }
}
