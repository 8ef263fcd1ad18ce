package eu.barrier.screening.decision;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One outcome a {@link LegalGround} knows, with the source it rests on and how well that source is
 * established. Unverified outcomes are known so that a municipality can turn them on, having
 * checked the source ({@link DecisionFrame#enable(DecisionOutcome)}); they are never open by
 * default.
 *
 * @param outcome the outcome
 * @param status the evidence status of the source
 * @param source the source, as a citation with its status in words
 * @param dangerDegrees the degrees of danger at which the outcome is open, for a ground that
 *     states one ({@link LegalGround#requiresDangerDegree()}); empty when the outcome is taken
 *     without a degree of danger
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OutcomeRule(DecisionOutcome outcome, EvidenceStatus status, String source,
    Set<DangerDegree> dangerDegrees) {

  /**
   * Checks and copies.
   *
   * @param outcome the outcome
   * @param status the status
   * @param source the source
   * @param dangerDegrees the degrees of danger
   * @throws NullPointerException if a component is {@code null}
   * @throws IllegalArgumentException if the source is blank
   */
  public OutcomeRule {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("an outcome rule names its source");
    }
    dangerDegrees = dangerDegrees.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dangerDegrees));
  }

  /**
   * Tells whether the outcome is open at a degree of danger.
   *
   * @param danger the degree, {@code null} when none was stated
   * @return whether it is open
   */
  public boolean openAt(DangerDegree danger) {
    return dangerDegrees.isEmpty() ? danger == null : danger != null && dangerDegrees.contains(danger);
  }
}
