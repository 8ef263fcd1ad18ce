package eu.barrier.privacy.exchange;

import eu.barrier.core.validation.Violation;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.PrivacyException;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message of a declared type that breaks its schema or a rule: {@link #violations()} lists
 * every problem with its JSON Pointer and code ({@code BARRIER-CORE-01xx}/{@code 02xx} for binding
 * and constraints, {@code BARRIER-PRIV-0502} for the child-protection rule, {@code
 * BARRIER-PRIV-0501} for other message rules). The exception's own code is {@code
 * BARRIER-PRIV-0501}, or {@code BARRIER-PRIV-0503} for an unknown or mismatched type. Neither the
 * message nor the violations contain values of the document.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MessageValidationException extends PrivacyException {

  private static final long serialVersionUID = 1L;

  /** The violations; a plain list of records, serialisable. */
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param error {@link PrivacyError#MESSAGE_INVALID} or {@link PrivacyError#MESSAGE_TYPE}
   * @param violations at least one violation
   */
  public MessageValidationException(PrivacyError error, List<Violation> violations) {
    super(error, describe(violations));
    this.violations = List.copyOf(violations);
  }

  private static String describe(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation");
    }
    Violation first = violations.get(0);
    return violations.size() + " violation(s); first at " + (first.path().isEmpty() ? "/" : first.path()) + " ("
        + first.code() + ")";
  }

  /**
   * Returns every violation, ordered by path.
   *
   * @return the violations, unmodifiable; empty only after Java deserialization
   */
  public List<Violation> violations() {
    return violations == null ? List.of() : violations;
  }
}
