package eu.barrier.workbench.evaluation;

import eu.barrier.indicators.scoring.Subject;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A subject with its observations and its ground truth, for evaluating a risk model.
 *
 * <p>The audit group is used <em>only</em> by the fairness figures of an evaluation. It is never
 * passed to a {@link Scorer}: a scorer sees {@link #subject()} alone, so no model can use it.
 *
 * @param subject the subject and its observations, as the assess command reads them
 * @param label {@code true} if the subject is a case of exploitation (a positive)
 * @param auditGroup the audit group, 1 to 64 characters of {@code [A-Za-z0-9._-]}, or empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LabelledSubject(Subject subject, boolean label, Optional<String> auditGroup) {

  /** The shape of an audit group name. */
  public static final String AUDIT_GROUP_SHAPE = "[A-Za-z0-9._-]{1,64}";

  private static final Pattern GROUP = Pattern.compile(AUDIT_GROUP_SHAPE);

  /**
   * Checks.
   *
   * @param subject the subject component
   * @param label the label component
   * @param auditGroup the auditGroup component
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the audit group breaks {@link #AUDIT_GROUP_SHAPE}
   */
  public LabelledSubject {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(auditGroup, "auditGroup");
    if (auditGroup.isPresent() && !GROUP.matcher(auditGroup.get()).matches()) {
      throw new IllegalArgumentException("an audit group is 1 to 64 characters of [A-Za-z0-9._-]");
    }
  }

  /**
   * Returns the label and whether there is an audit group; never the subject key.
   *
   * @return for example {@code LabelledSubject[label=true, auditGroup=present, redacted]}
   */
  @Override
  public String toString() {
    return "LabelledSubject[label=" + label + ", auditGroup=" + (auditGroup.isPresent() ? "present" : "absent")
        + ", redacted]";
  }
}
