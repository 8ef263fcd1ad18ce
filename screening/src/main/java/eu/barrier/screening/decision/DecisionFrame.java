package eu.barrier.screening.decision;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The outcomes a municipality has open under a {@link LegalGround}: every verified outcome of the
 * ground, plus the unverified ones it turned on itself after checking their source. This is the one
 * place where the allowed outcomes of a decision are decided; {@link HumanDecision} and the
 * screening cases of {@code barrier-cases} both ask it. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DecisionFrame {

  private final LegalGround ground;
  private final Set<DecisionOutcome> enabledUnverified;

  private DecisionFrame(LegalGround ground, Set<DecisionOutcome> enabledUnverified) {
    this.ground = ground;
    this.enabledUnverified = Set.copyOf(enabledUnverified);
  }

  /**
   * Returns the default frame of a ground: its verified outcomes only.
   *
   * @param ground the legal ground
   * @return the frame
   */
  public static DecisionFrame of(LegalGround ground) {
    return new DecisionFrame(Objects.requireNonNull(ground, "ground"), Set.of());
  }

  /**
   * Returns this frame with an unverified outcome turned on. A municipality does this only after
   * checking the outcome's source ({@link OutcomeRule#source()}); decisions taken with it are
   * marked ({@link HumanDecision#outcomeVerified()}).
   *
   * @param outcome an outcome the ground knows as unverified
   * @return a new frame
   * @throws IllegalArgumentException if the ground does not know the outcome, or knows it as verified
   *     at every degree of danger
   */
  public DecisionFrame enable(DecisionOutcome outcome) {
    if (ground.rule(outcome).isEmpty()) {
      throw new IllegalArgumentException("the legal ground does not know this outcome");
    }
    if (ground.outcomeRules().stream().filter(r -> r.outcome() == outcome)
        .allMatch(r -> r.status().inForceByDefault())) {
      throw new IllegalArgumentException("a verified outcome is open without being turned on");
    }
    EnumSet<DecisionOutcome> set = EnumSet.of(outcome);
    set.addAll(enabledUnverified);
    return new DecisionFrame(ground, set);
  }

  /**
   * Returns the legal ground.
   *
   * @return the ground
   */
  public LegalGround ground() {
    return ground;
  }

  /**
   * Returns the unverified outcomes turned on.
   *
   * @return an unmodifiable set, empty by default
   */
  public Set<DecisionOutcome> enabledUnverified() {
    return enabledUnverified;
  }

  /**
   * Returns the outcomes open in this frame, at some degree of danger.
   *
   * @return an unmodifiable set
   */
  public Set<DecisionOutcome> outcomes() {
    EnumSet<DecisionOutcome> open = EnumSet.noneOf(DecisionOutcome.class);
    for (OutcomeRule r : ground.outcomeRules()) {
      if (isOpen(r)) {
        open.add(r.outcome());
      }
    }
    return Set.copyOf(open);
  }

  /**
   * Tells whether an outcome is open at a degree of danger.
   *
   * @param outcome the outcome
   * @param danger the degree of danger, {@code null} where none was stated
   * @return whether the official may choose it
   */
  public boolean allows(DecisionOutcome outcome, DangerDegree danger) {
    Optional<OutcomeRule> rule = ground.rule(Objects.requireNonNull(outcome, "outcome"), danger);
    return rule.isPresent() && isOpen(rule.get());
  }

  private boolean isOpen(OutcomeRule rule) {
    return rule.status().inForceByDefault() || enabledUnverified.contains(rule.outcome());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecisionFrame && ((DecisionFrame) o).ground == ground
        && ((DecisionFrame) o).enabledUnverified.equals(enabledUnverified);
  }

  @Override
  public int hashCode() {
    return ground.hashCode() * 31 + enabledUnverified.hashCode();
  }

  /**
   * Returns the ground and the unverified outcomes turned on.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DecisionFrame[" + ground.id() + ", unverified on=" + enabledUnverified + "]";
  }
}
