package eu.barrier.examples.antwerp;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A decision on a permit, taken and recorded by a person (GDPR Art. 22): the library computes a
 * signal for review, the official decides. The outcomes are those of the official's legal frame,
 * never the library's:
 *
 * <ul>
 *   <li>{@link Frame#BE_INTEGRITY_SCREENING_2024} (law of 15 January 2024, art. 119ter NGW): grant,
 *       or refuse, suspend or withdraw the permit, or close the establishment;
 *   <li>{@link Frame#NL_BIBOB}: the official first states the degree of danger (serious, lesser,
 *       none); serious danger allows refusal or withdrawal, or conditions where refusal would be
 *       disproportionate; a lesser degree allows conditions; no danger means no Bibob measure.
 * </ul>
 *
 * <p>Checked when recorded: the reasons are the official's own words (not empty, not the generated
 * explanation), an adverse outcome has a second reviewer (four eyes), and the outcome is allowed
 * in the frame. {@link #toString()} shows the frame and outcome only.
 *
 * @param frame the legal frame
 * @param officialRole the role and mandate of the person who decides, never a name
 * @param danger the degree of danger under Bibob; empty under the Belgian frame
 * @param outcome the outcome chosen by the official
 * @param reasons the reasons in the official's own words
 * @param scoreViewed whether the official looked at the signal and its explanation
 * @param signalLevel the level of the signal that was shown
 * @param agreesWithSignal whether the outcome agrees with the signal (kept to monitor automation bias)
 * @param secondReviewerRole the role of the second reviewer, for adverse outcomes
 */
public record HumanDecision(Frame frame, String officialRole, Optional<Danger> danger, Outcome outcome, String reasons,
    boolean scoreViewed, String signalLevel, boolean agreesWithSignal, Optional<String> secondReviewerRole) {

  /** The legal frame of the decision. */
  public enum Frame {
    /** Belgium: municipal integrity screening, law of 15 January 2024. */
    BE_INTEGRITY_SCREENING_2024,
    /** The Netherlands: Wet Bibob. */
    NL_BIBOB
  }

  /** The Bibob degree of danger, as judged by the official (with or without LBB advice). */
  public enum Danger {
    /** Ernstig gevaar. */
    SERIOUS,
    /** Mindere mate van gevaar. */
    LESSER,
    /** Geen gevaar. */
    NONE
  }

  /** What the official decides. */
  public enum Outcome {
    /** Grant the permit. */
    GRANT,
    /** Grant with conditions (Bibob). */
    GRANT_WITH_CONDITIONS,
    /** Refuse the permit. */
    REFUSE,
    /** Suspend the permit (BE). */
    SUSPEND,
    /** Withdraw the permit. */
    WITHDRAW,
    /** Close the establishment (BE). */
    CLOSE
  }

  private static final Set<Outcome> ADVERSE = Set.of(Outcome.REFUSE, Outcome.SUSPEND, Outcome.WITHDRAW,
      Outcome.CLOSE);

  /**
   * Checks the record.
   *
   * @param frame the frame
   * @param officialRole the role
   * @param danger the degree of danger
   * @param outcome the outcome
   * @param reasons the reasons
   * @param scoreViewed whether the signal was viewed
   * @param signalLevel the signal level
   * @param agreesWithSignal whether the outcome agrees with the signal
   * @param secondReviewerRole the second reviewer
   * @throws IllegalArgumentException if a rule above is broken
   */
  public HumanDecision {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(officialRole, "officialRole");
    Objects.requireNonNull(danger, "danger");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(signalLevel, "signalLevel");
    Objects.requireNonNull(secondReviewerRole, "secondReviewerRole");
    if (reasons.isBlank()) {
      throw new IllegalArgumentException("the official must give reasons in their own words");
    }
    if (ADVERSE.contains(outcome) && secondReviewerRole.isEmpty()) {
      throw new IllegalArgumentException("an adverse outcome needs a second reviewer");
    }
    if (frame == Frame.BE_INTEGRITY_SCREENING_2024) {
      if (danger.isPresent() || outcome == Outcome.GRANT_WITH_CONDITIONS) {
        throw new IllegalArgumentException("the Belgian frame has no degree of danger and no conditional grant");
      }
    } else {
      Danger d = danger.orElseThrow(() -> new IllegalArgumentException("Bibob needs the degree of danger"));
      boolean allowed;
      switch (d) {
        case SERIOUS:
          allowed = outcome == Outcome.REFUSE || outcome == Outcome.WITHDRAW || outcome == Outcome.GRANT_WITH_CONDITIONS;
          break;
        case LESSER:
          allowed = outcome == Outcome.GRANT_WITH_CONDITIONS || outcome == Outcome.GRANT;
          break;
        default:
          allowed = outcome == Outcome.GRANT;
          break;
      }
      if (!allowed) {
        throw new IllegalArgumentException("this outcome is not open to the official at this degree of danger");
      }
    }
  }

  /**
   * Records a decision, refusing reasons copied from the generated explanation.
   *
   * @param generatedExplanation the explanation the official was shown
   * @param decision the decision
   * @return the decision
   * @throws IllegalArgumentException if the reasons equal the explanation
   */
  public static HumanDecision record(String generatedExplanation, HumanDecision decision) {
    if (decision.reasons().strip().equals(generatedExplanation.strip())) {
      throw new IllegalArgumentException("the reasons repeat the generated explanation; the official must weigh the case");
    }
    return decision;
  }

  /**
   * Returns the frame and the outcome.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "HumanDecision[" + frame + ", " + danger.map(Enum::name).orElse("-") + ", " + outcome + "]";
  }
}
