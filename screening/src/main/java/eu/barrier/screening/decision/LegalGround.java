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
 * <p>Sources and their status: Barrier's research notes, {@code screening-and-transparency.md},
 * rated by the claims rule of {@code docs/claims.md}. The table of outcomes in {@code
 * docs/screening.md}, "Recording the human decision", repeats every rule with its status, and a
 * test fails when the two differ.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum LegalGround {

  /**
   * Belgium: the municipal integrity investigation of the law of 15 January 2024 (art. 119ter New
   * Municipal Law; Belgian Official Gazette 7 February 2024, NUMAC 2024000706). No outcome is open
   * by default, because Barrier has not read the law's text: refusing, suspending or withdrawing the
   * permit and closing the establishment are known only from secondary sources (an association's
   * and a publisher's news items); a plain grant is Barrier's reading; a conditional grant and not
   * processing an incomplete file are recollection. A municipality turns on the outcomes it has
   * checked in the law with a {@link DecisionFrame}.
   */
  BE_INTEGRITY_SCREENING_2024("be-2024-integrity-screening",
      "Law of 15 January 2024, art. 119ter NGW (BS 7 Feb 2024, NUMAC 2024000706)", false, false, List.of(
          be(DecisionOutcome.GRANT, EvidenceStatus.RECOLLECTED,
              "Barrier's reading: the sources name only the adverse outcomes; status: unverified"),
          be(DecisionOutcome.REFUSE, EvidenceStatus.SECONDARY, Sources.BE_MEASURES),
          be(DecisionOutcome.SUSPEND, EvidenceStatus.SECONDARY, Sources.BE_MEASURES),
          be(DecisionOutcome.WITHDRAW, EvidenceStatus.SECONDARY, Sources.BE_MEASURES),
          be(DecisionOutcome.CLOSE, EvidenceStatus.SECONDARY, Sources.BE_MEASURES),
          be(DecisionOutcome.GRANT_WITH_CONDITIONS, EvidenceStatus.RECOLLECTED,
              "research notes §1.7: the mayor may also grant with conditions; recollection; status: unverified"),
          be(DecisionOutcome.NOT_PROCESSED, EvidenceStatus.RECOLLECTED,
              "research notes §1.4: what follows an incomplete file is a gap; status: unverified"))),

  /**
   * The Netherlands: Wet Bibob. The authority first judges the degree of danger (verified, justis.nl):
   * serious danger allows refusal or withdrawal (art. 3(1)) and a lesser degree allows conditions
   * (art. 3(7)), both verified; serious danger also allows conditions where refusal or withdrawal
   * would be disproportionate (secondary: a law firm's account), and a plain grant at a lesser or no
   * degree of danger is Barrier's reading (unverified), so both are off by default. A refusal or
   * withdrawal states why it is proportionate (art. 3(5)). Not processing an incomplete application
   * (Awb art. 4:5) is not a Bibob outcome, is taken without a degree of danger, and is unverified.
   */
  NL_BIBOB("nl-bibob", "Wet Bibob, art. 3(1), 3(5) and 3(7)", true, true, List.of(
      new OutcomeRule(DecisionOutcome.GRANT, EvidenceStatus.RECOLLECTED,
          "Barrier's reading of Wet Bibob art. 3: Bibob allows a measure, it never requires one; status: unverified",
          EnumSet.of(DangerDegree.NONE, DangerDegree.LESSER)),
      new OutcomeRule(DecisionOutcome.GRANT_WITH_CONDITIONS, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(7): a lesser degree of danger allows conditions (justis.nl, Na het advies); "
              + "status: verified",
          EnumSet.of(DangerDegree.LESSER)),
      new OutcomeRule(DecisionOutcome.GRANT_WITH_CONDITIONS, EvidenceStatus.SECONDARY,
          "alexadvocaten.nl (a law firm) on Wet Bibob art. 3: conditions where refusal would be "
              + "disproportionate; status: secondary",
          EnumSet.of(DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.REFUSE, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(1) (justis.nl, Na het advies); status: verified", EnumSet.of(DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.WITHDRAW, EvidenceStatus.VERIFIED,
          "Wet Bibob art. 3(1) (justis.nl, Na het advies); status: verified", EnumSet.of(DangerDegree.SERIOUS)),
      new OutcomeRule(DecisionOutcome.NOT_PROCESSED, EvidenceStatus.RECOLLECTED,
          "Awb art. 4:5 (an incomplete application is not processed); not in Barrier's research notes; "
              + "status: unverified",
          Set.of())));

  /** Source texts shared by several rules (an enum constant cannot use the enum's own constants). */
  private static final class Sources {
    static final String BE_MEASURES = "brulocalis.brussels news item on the law (refuse, suspend, withdraw, "
        + "close); polinfo.kluwer.be on DIOB's central register; not read in the law; status: secondary";
  }

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
   * Returns the first rule of one outcome. An outcome has more than one rule when its status
   * depends on the degree of danger (Bibob conditions); {@link #rule(DecisionOutcome, DangerDegree)}
   * picks the one that applies.
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
   * Returns the rule of one outcome at a degree of danger.
   *
   * @param outcome the outcome
   * @param danger the degree of danger, {@code null} where none was stated
   * @return the rule, or empty if the ground does not offer the outcome at that degree
   */
  public Optional<OutcomeRule> rule(DecisionOutcome outcome, DangerDegree danger) {
    for (OutcomeRule r : rules) {
      if (r.outcome() == outcome && r.openAt(danger)) {
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
