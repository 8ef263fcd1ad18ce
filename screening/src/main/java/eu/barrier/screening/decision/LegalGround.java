package eu.barrier.screening.decision;

import java.util.EnumSet;
import java.util.Set;

/**
 * The legal frame under which a person decides on a permit after a screening signal. The library
 * checks only that a recorded outcome is one the frame offers; the decision, its proportionality
 * and its reasons are the official's.
 *
 * <p>Sources and their status (see {@code docs/screening.md}, "Recording the human decision"):
 * verified facts only, marked [V] in Barrier's research notes.
 */
public enum LegalGround {

  /**
   * Belgium: the municipal integrity investigation of the law of 15 January 2024 (art. 119ter New
   * Municipal Law; Belgian Official Gazette 7 February 2024, NUMAC 2024000706). Outcomes [V]: refuse,
   * suspend or withdraw the permit, or close the establishment; and grant when the investigation
   * gives no ground. A conditional grant is not among the verified outcomes and is not offered.
   */
  BE_INTEGRITY_SCREENING_2024("be-2024-integrity-screening",
      "Law of 15 January 2024, art. 119ter NGW (BS 7 Feb 2024, NUMAC 2024000706)",
      EnumSet.of(DecisionOutcome.GRANT, DecisionOutcome.REFUSE, DecisionOutcome.SUSPEND, DecisionOutcome.WITHDRAW,
          DecisionOutcome.CLOSE), false),

  /**
   * The Netherlands: Wet Bibob. The authority first judges the degree of danger [V]: serious
   * danger allows refusal or withdrawal (art. 3(1)), and, where that would be disproportionate (art.
   * 3(5)), conditions; a lesser degree allows conditions (art. 3(7)); no danger allows no Bibob
   * measure.
   */
  NL_BIBOB("nl-bibob", "Wet Bibob, art. 3(1), 3(5) and 3(7)",
      EnumSet.of(DecisionOutcome.GRANT, DecisionOutcome.GRANT_WITH_CONDITIONS, DecisionOutcome.REFUSE,
          DecisionOutcome.WITHDRAW), true);

  private final String id;
  private final String source;
  private final Set<DecisionOutcome> outcomes;
  private final boolean dangerDegree;

  LegalGround(String id, String source, Set<DecisionOutcome> outcomes, boolean dangerDegree) {
    this.id = id;
    this.source = source;
    this.outcomes = Set.copyOf(outcomes);
    this.dangerDegree = dangerDegree;
  }

  /**
   * Returns the id used in decision records and the audit log.
   *
   * @return for example {@code nl-bibob}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the legal source, as a citation.
   *
   * @return the citation
   */
  public String source() {
    return source;
  }

  /**
   * Returns the outcomes this ground offers.
   *
   * @return an unmodifiable set
   */
  public Set<DecisionOutcome> outcomes() {
    return outcomes;
  }

  /**
   * Tells whether a decision under this ground states a degree of danger (Bibob).
   *
   * @return {@code true} for {@link #NL_BIBOB}
   */
  public boolean requiresDangerDegree() {
    return dangerDegree;
  }

  /**
   * Tells whether an outcome is open at a degree of danger under this ground.
   *
   * @param outcome the outcome
   * @param danger the degree of danger, {@code null} where the ground has none
   * @return whether the official may choose it
   */
  public boolean allows(DecisionOutcome outcome, DangerDegree danger) {
    if (!outcomes.contains(outcome) || (danger != null) != dangerDegree) {
      return false;
    }
    if (!dangerDegree) {
      return true;
    }
    switch (danger) {
      case SERIOUS:
        return outcome == DecisionOutcome.REFUSE || outcome == DecisionOutcome.WITHDRAW
            || outcome == DecisionOutcome.GRANT_WITH_CONDITIONS;
      case LESSER:
        return outcome == DecisionOutcome.GRANT_WITH_CONDITIONS || outcome == DecisionOutcome.GRANT;
      default:
        return outcome == DecisionOutcome.GRANT;
    }
  }

  /**
   * Returns the ground with an id.
   *
   * @param id the id
   * @return the ground
   * @throws IllegalArgumentException if no ground has this id
   */
  public static LegalGround fromId(String id) {
    for (LegalGround g : values()) {
      if (g.id.equals(id)) {
        return g;
      }
    }
    throw new IllegalArgumentException("not a legal ground id");
  }
}
