package eu.barrier.screening.decision;

import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person who decides or reviews: the staff id the municipality knows them by (never a name in
 * the audit log), their role and the mandate under which they act. A system, service or batch
 * account is refused: a decision is always a person's.
 *
 * @param staffId the staff id, an audit label: 1 to 128 characters of {@code A-Z a-z 0-9 . _ : / @ -}
 * @param role the role, for example {@code integrity officer}
 * @param mandate the mandate reference, for example {@code decision of the college 2026/17}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DecisionMaker(String staffId, String role, String mandate) {

  /** Prefixes of staff ids that name software, not a person. */
  static final List<String> MACHINE_PREFIXES = List.of("barrier", "system", "service", "batch", "auto", "bot",
      "daemon", "cron", "job");

  /**
   * Checks.
   *
   * @param staffId the staff id
   * @param role the role
   * @param mandate the mandate reference
   * @throws ScreeningException with {@link ScreeningError#DECISION_ACTOR} if the staff id is not a
   *     label or names software, or the role or mandate is blank, too long or holds control characters
   */
  public DecisionMaker {
    if (!AuditEvent.isValidLabel(staffId)) {
      throw new ScreeningException(ScreeningError.DECISION_ACTOR, "staffId");
    }
    String lower = staffId.toLowerCase(Locale.ROOT);
    for (String prefix : MACHINE_PREFIXES) {
      if (lower.startsWith(prefix)) {
        throw new ScreeningException(ScreeningError.DECISION_ACTOR, "staffId");
      }
    }
    text(role, "role", 256);
    text(mandate, "mandate", 256);
  }

  static void text(String value, String field, int max) {
    Objects.requireNonNull(value, field);
    if (value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
      throw new ScreeningException(ScreeningError.DECISION_ACTOR, field);
    }
  }

  /**
   * Returns the role only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DecisionMaker[role=" + role + ", redacted]";
  }
}
