package eu.barrier.screening.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The legal frame under which a person decides on a permit after a screening signal, with every
 * outcome the frame is known to offer and how well each is established ({@link OutcomeRule}). The
 * library checks only that a recorded outcome is open (see {@link DecisionFrame}: verified outcomes
 * by default, unverified ones only when a municipality turns them on); the decision, its
 * proportionality and its reasons are the official's.
 *
 * <p>Sources and their status: Barrier's research notes, {@code screening-and-transparency.md};
 * see {@code docs/screening.md}, "Recording the human decision", and {@code docs/cases.md}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum LegalGround {

  /**
   * Belgium: the municipal integrity investigation of the law of 15 January 2024 (art. 119ter New
   * Municipal Law; Belgian Official Gazette 7 February 2024, NUMAC 2024000706). Verified [V]:
   * refuse, suspend or withdraw the permit, or close the establishment; and grant, taking none of
   * these measures. Unverified [R], off by default: a conditional grant, and not processing an
   * incomplete file.
   */
  BE_INTEGRITY_SCREENING_2024("be-2024-integrity-screening",
      "Law of 15 January 2024, art. 119ter NGW (BS 7 Feb 2024, NUMAC 2024000706)", false, false, List.of(
          be(DecisionOutcome.GRANT, EvidenceStatus.VERIFIED,
              "no measure: the verified measures are refusal, suspension, withdrawal and closure (research §1.2, brulocalis) [V]"),
          be(DecisionOutcome.REFUSE, EvidenceStatus.VERIFIED, "art. 119ter NGW; research §1.2 (brulocalis) [V]"),
          be(DecisionOutcome.SUSPEND, EvidenceStatus.VERIFIED, "art. 119ter NGW; research §1.2 (brulocalis) [V]"),
          be(DecisionOutcome.WITHDRAW, EvidenceStatus.VERIFIED, "art. 119ter NGW; research §1.2 (brulocalis) [V]"),
          be(DecisionOutcome.CLOSE, EvidenceStatus.VERIFIED, "art. 119ter NGW; research §1.2 (brulocalis) [V]"),
          be(DecisionOutcome.GRANT_WITH_CONDITIONS, EvidenceStatus.RECOLLECTED,
              "research §1.7: the mayor may also grant with conditions; recollection, not verified [R]"),
          be(DecisionOutcome.NOT_PROCESSED, EvidenceStatus.RECOLLECTED,
              "research §1.4: what follows an incomplete file is a gap; not verified [R]"))),

  /**
   * The Netherlands: Wet Bibob. The authority first judges the degree of danger [V]: serious
   * danger allows refusal or withdrawal (art. 3(1)), and, where that would be disproportionate (art.
   * 3(5)), conditions; a lesser degree allows conditions (art. 3(7)); no danger allows no Bibob
   * measure. A refusal or withdrawal states why it is proportionate (art. 3(5)). Unverified [R],
   * off by default: not processing an incomplete application (Awb art. 4:5), which is not a Bibob
   * outcome and is taken without a degree of danger.
   */
  NL_BIBOB("nl-bibob", "Wet Bibob, art. 3(1), 3(5) and 3(7)", true, true, List.of(
      new OutcomeRule(DecisionOutcome.GRANT, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3: no or a lesser degree of danger allows no refusal (research §2.1, justis) [V]",
          EnumSet.of(DangerDegree.NONE, DangerDegree.LESSER)),
      new OutcomeRule(DecisionOutcome.GRANT_WITH_CONDITIONS, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(7), and art. 3(5) where refusal would be disproportionate (research §2.1, justis) [V]",
          EnumSet.of(DangerDegree.LESSER, DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.REFUSE, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(1) (research §2.1, justis) [V]", EnumSet.of(DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.WITHDRAW, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(1) (research §2.1, justis) [V]", EnumSet.of(DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.NOT_PROCESSED, EvidenceStatus.RECOLLECTED,
          "Awb art. 4:5 (an incomplete application is not processed); not in Barrier's research notes [R]",
          Set.of())));

  private final String id;
  private final String source;
  private final boolean dangerDegree;
  private final boolean proportionality;
  private final List<OutcomeRule> rules;

  LegalGround(String id, String source, boolean dangerDegree, boolean proportionality, List<OutcomeRule> rules) {
    this.id = id;
    this.source = source;
    this.dangerDegree = dangerDegree;
    this.proportionality = proportionality;
    this.rules = List.copyOf(rules);
  }

  private static OutcomeRule be(DecisionOutcome outcome, EvidenceStatus status, String source) {
    return new OutcomeRule(outcome, status, source, Set.of());
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
   * Returns every outcome this ground is known to offer, verified or not, in a fixed order.
   *
   * @return an unmodifiable list
   */
  public List<OutcomeRule> outcomeRules() {
    return rules;
  }

  /**
   * Returns the rule of one outcome.
   *
   * @param outcome the outcome
   * @return the rule, or empty if the ground does not offer the outcome at all
   */
  public Optional<OutcomeRule> rule(DecisionOutcome outcome) {
    for (OutcomeRule r : rules) {
      if (r.outcome() == outcome) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the outcomes open by default: the verified ones ({@link DecisionFrame#of(LegalGround)}).
   *
   * @return an unmodifiable set
   */
  public Set<DecisionOutcome> outcomes() {
    return DecisionFrame.of(this).outcomes();
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
   * Tells whether an adverse outcome under this ground must state why it is proportionate.
   *
   * @return {@code true} for {@link #NL_BIBOB} (art. 3(5))
   */
  public boolean requiresProportionality() {
    return proportionality;
  }

  /**
   * Tells whether an outcome is open by default at a degree of danger: {@code
   * DecisionFrame.of(this).allows(outcome, danger)}.
   *
   * @param outcome the outcome
   * @param danger the degree of danger, {@code null} where none was stated
   * @return whether the official may choose it
   */
  public boolean allows(DecisionOutcome outcome, DangerDegree danger) {
    return DecisionFrame.of(this).allows(outcome, danger);
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
