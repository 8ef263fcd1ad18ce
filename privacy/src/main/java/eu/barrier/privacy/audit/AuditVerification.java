package eu.barrier.privacy.audit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link AuditVerifier}: intact, or the first broken entry with what is wrong.
 *
 * @param outcome {@link Outcome#INTACT} or the kind of the first problem
 * @param line the 1-based line of the first problem; 0 when intact. For entries missing at the end
 *     it is the line after the last one
 * @param entries the number of lines read
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AuditVerification(Outcome outcome, long line, long entries) {

  /** What the verifier found. */
  public enum Outcome {
    /** Every entry is well-formed, hashes match and the chain is unbroken. */
    INTACT,
    /** An entry's content does not match its hash, is malformed, or was rehashed after a change. */
    MODIFIED,
    /** One or more entries are missing here. */
    DELETED,
    /** An entry here does not belong: a copy of another entry or a forged one. */
    INSERTED,
    /** Entries here are out of order. */
    REORDERED,
    /**
     * The entries a signed checkpoint covers do not hash to its root: the log was rewritten (and
     * possibly rehashed) at or before this line, which is the last line the checkpoint covers.
     */
    REWRITTEN
  }

  /**
   * Checks the components.
   *
   * @param outcome the outcome
   * @param line the line
   * @param entries the number of lines read
   */
  public AuditVerification {
    Objects.requireNonNull(outcome, "outcome");
    if ((outcome == Outcome.INTACT) != (line == 0)) {
      throw new IllegalArgumentException("line is 0 exactly when intact");
    }
  }

  /**
   * Tells whether the log is intact.
   *
   * @return whether the outcome is {@link Outcome#INTACT}
   */
  public boolean isIntact() {
    return outcome == Outcome.INTACT;
  }
}
