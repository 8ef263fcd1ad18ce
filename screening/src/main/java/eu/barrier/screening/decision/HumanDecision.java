package eu.barrier.screening.decision;

import eu.barrier.core.Language;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.json.JsonLimits;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.core.validation.Violation;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A decision on a screened establishment, taken and motivated by a person (GDPR Art. 22): the
 * library gave a signal for review, the official decided. Obtained only from {@link
 * DecisionRecorder#decide(Draft)}, which checks it and writes it to the audit log, or read back
 * from its stored form with {@link #parse(byte[])}.
 *
 * <p>What is checked when it is recorded (code {@code BARRIER-SCR-03xx}):
 *
 * <ul>
 *   <li>a named human decision maker (staff id, role, mandate; never a system account);
 *   <li>the outcome, and for Bibob the degree of danger, is open in the {@link DecisionFrame}: the
 *       verified outcomes of the {@link LegalGround}, plus the unverified ones a municipality turned
 *       on (a decision with an unverified outcome says so: {@link #outcomeVerified()});
 *   <li>the motivation is the official's own words: not empty, and not one of the generated
 *       explanations of the assessment in any language;
 *   <li>under Bibob a refusal or withdrawal states why it is proportionate (art. 3(5));
 *   <li>an adverse outcome (refuse, suspend, withdraw, close) has a second reviewer other than the
 *       decision maker: Barrier's four-eyes safeguard, not a legal requirement.
 * </ul>
 *
 * <p>It refers to the assessment by the SHA-256 of its entry ({@link
 * ScreenedEstablishment#sha256()}) and keeps the level that was shown, so a later reader can check
 * which signal the official saw. {@link #agreesWithSignal()} is kept to monitor automation bias. A
 * decision can also be taken with no assessment in the file ({@link #draft(DecisionFrame,
 * DecisionMaker)}): the score is one input among others, never a precondition.
 * {@link #toString()} shows the ground and outcome only, never the key, motivation or staff ids.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class HumanDecision {

  /** The format tag of the stored form. */
  public static final String FORMAT = "barrier.human-decision/1";

  /** The longest motivation or proportionality statement, in characters. */
  public static final int MAX_TEXT = 20_000;

  private static final BarrierJson JSON = BarrierJson.create(JsonLimits.defaults()
      .withMaxDocumentBytes(256 * 1024).withMaxNestingDepth(8).withMaxStringLength(MAX_TEXT * 4));
  private static final Boundary BOUNDARY = Boundary.create(JSON);

  private final Stored stored;

  private HumanDecision(Stored stored) {
    this.stored = stored;
  }

  /**
   * Starts a decision on a screened establishment.
   *
   * @param ground the legal ground
   * @param decisionMaker the person who decides
   * @param establishment the screened establishment the decision is about
   * @return a draft to complete and pass to {@link DecisionRecorder#decide(Draft)}
   */
  public static Draft draft(LegalGround ground, DecisionMaker decisionMaker, ScreenedEstablishment establishment) {
    return draft(DecisionFrame.of(ground), decisionMaker, establishment);
  }

  /**
   * Starts a decision on a screened establishment, in a municipality's frame of open outcomes.
   *
   * @param frame the legal ground and the outcomes open in it
   * @param decisionMaker the person who decides
   * @param establishment the screened establishment the decision is about
   * @return a draft to complete and check
   */
  public static Draft draft(DecisionFrame frame, DecisionMaker decisionMaker, ScreenedEstablishment establishment) {
    return new Draft(frame, decisionMaker, Objects.requireNonNull(establishment, "establishment"));
  }

  /**
   * Starts a decision with no risk assessment in the file: it refers to no assessment and is never
   * compared with a signal.
   *
   * @param frame the legal ground and the outcomes open in it
   * @param decisionMaker the person who decides
   * @return a draft to complete and check
   */
  public static Draft draft(DecisionFrame frame, DecisionMaker decisionMaker) {
    return new Draft(frame, decisionMaker, null);
  }

  /**
   * A decision being written; checked by {@link DecisionRecorder#decide(Draft)}, or by {@link
   * #check(Instant)} for a caller that keeps its own tamper-evident record. Not thread-safe.
   */
  public static final class Draft {
    private final DecisionFrame frame;
    private final LegalGround ground;
    private final DecisionMaker decisionMaker;
    private final ScreenedEstablishment establishment;
    private DecisionOutcome outcome;
    private DangerDegree danger;
    private String motivation;
    private String proportionality;
    private DecisionMaker secondReviewer;
    private boolean signalViewed;

    private Draft(DecisionFrame frame, DecisionMaker decisionMaker, ScreenedEstablishment establishment) {
      this.frame = Objects.requireNonNull(frame, "frame");
      this.ground = frame.ground();
      this.decisionMaker = Objects.requireNonNull(decisionMaker, "decisionMaker");
      this.establishment = establishment;
    }

    /**
     * Sets the outcome.
     *
     * @param outcome the outcome
     * @return this draft
     */
    public Draft outcome(DecisionOutcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Sets the degree of danger (Bibob only).
     *
     * @param danger the degree
     * @return this draft
     */
    public Draft danger(DangerDegree danger) {
      this.danger = Objects.requireNonNull(danger, "danger");
      return this;
    }

    /**
     * Sets the reasons, in the decision maker's own words.
     *
     * @param motivation the reasons
     * @return this draft
     */
    public Draft motivation(String motivation) {
      this.motivation = Objects.requireNonNull(motivation, "motivation");
      return this;
    }

    /**
     * Sets why the outcome is proportionate, and which milder measures were considered.
     *
     * @param proportionality the statement
     * @return this draft
     */
    public Draft proportionality(String proportionality) {
      this.proportionality = Objects.requireNonNull(proportionality, "proportionality");
      return this;
    }

    /**
     * Sets the second reviewer of an adverse outcome.
     *
     * @param reviewer the reviewer
     * @return this draft
     */
    public Draft secondReviewer(DecisionMaker reviewer) {
      this.secondReviewer = Objects.requireNonNull(reviewer, "reviewer");
      return this;
    }

    /**
     * States that the decision maker looked at the signal and its explanation.
     *
     * @param viewed whether they did
     * @return this draft
     */
    public Draft signalViewed(boolean viewed) {
      this.signalViewed = viewed;
      return this;
    }

    /**
     * Checks the draft and returns the decision, without writing it anywhere: for a caller that
     * records it in its own tamper-evident record, such as a screening case of {@code
     * barrier-cases}. Otherwise use {@link DecisionRecorder#decide(Draft)}, which also writes the
     * audit log.
     *
     * @param decidedAt when the decision is taken
     * @return the decision
     * @throws ScreeningException with the code of the rule broken (see {@link HumanDecision})
     */
    public HumanDecision check(Instant decidedAt) {
      Objects.requireNonNull(decidedAt, "decidedAt");
      if (outcome == null || !frame.allows(outcome, danger)) {
        throw new ScreeningException(ScreeningError.DECISION_OUTCOME, "outcome");
      }
      if (motivation == null || motivation.isBlank() || motivation.length() > MAX_TEXT
          || repeatsExplanation(motivation)) {
        throw new ScreeningException(ScreeningError.DECISION_MOTIVATION, "motivation");
      }
      if (proportionality != null && (proportionality.isBlank() || proportionality.length() > MAX_TEXT)) {
        throw new ScreeningException(ScreeningError.DECISION_PROPORTIONALITY, "proportionality");
      }
      if (ground.requiresProportionality() && outcome.isAdverse() && proportionality == null) {
        throw new ScreeningException(ScreeningError.DECISION_PROPORTIONALITY, "proportionality");
      }
      if (outcome.isAdverse() && (secondReviewer == null
          || secondReviewer.staffId().equals(decisionMaker.staffId()))) {
        throw new ScreeningException(ScreeningError.DECISION_FOUR_EYES, "secondReviewer");
      }
      AssessmentRef ref = establishment == null ? null
          : new AssessmentRef(establishment.key(), establishment.sha256(), establishment.level().id());
      boolean verified = ground.rule(outcome, danger).orElseThrow().status().inForceByDefault();
      Stored s = new Stored(FORMAT, ground.id(), maker(decisionMaker), ref, establishment != null && signalViewed,
          danger == null ? null : danger.name().toLowerCase(Locale.ROOT), id(outcome),
          establishment == null ? null : agrees(outcome, establishment.level()), motivation, proportionality,
          secondReviewer == null ? null : maker(secondReviewer), decidedAt, verified ? null : Boolean.TRUE);
      return new HumanDecision(s);
    }

    private boolean repeatsExplanation(String text) {
      if (establishment == null) {
        return false;
      }
      String mine = normalise(text);
      for (Assessment a : establishment.assessments()) {
        for (Language language : Language.values()) {
          if (normalise(a.explanation(language)).equals(mine)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static Boolean agrees(DecisionOutcome outcome, Outcome level) {
    if (!outcome.isOnTheMerits()) {
      return null;
    }
    return (outcome != DecisionOutcome.GRANT) == level.isAtLeast(Outcome.MEDIUM);
  }

  private static String id(DecisionOutcome outcome) {
    return BarrierJson.enumId(outcome);
  }

  private static MakerDoc maker(DecisionMaker m) {
    return new MakerDoc(m.staffId(), m.role(), m.mandate());
  }

  // ---- the stored form ----

  record Stored(
      @NotNull @Pattern(regexp = "barrier\\.human-decision/1") String format,
      @NotNull @Pattern(regexp = "[a-z0-9-]{1,64}") String ground,
      @NotNull @Valid MakerDoc decisionMaker,
      @Valid AssessmentRef assessment,
      @NotNull Boolean signalViewed,
      @Pattern(regexp = "serious|lesser|none") String danger,
      @NotNull @Pattern(regexp = "[a-z-]{1,32}") String outcome,
      Boolean agreesWithSignal,
      @NotNull @Size(min = 1, max = MAX_TEXT) String motivation,
      @Size(min = 1, max = MAX_TEXT) String proportionality,
      @Valid MakerDoc secondReviewer,
      @NotNull Instant decidedAt,
      Boolean unverifiedOutcome) {}

  record MakerDoc(@NotNull @Size(min = 1, max = 128) String staffId, @NotNull @Size(min = 1, max = 256) String role,
      @NotNull @Size(min = 1, max = 256) String mandate) {}

  record AssessmentRef(@NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,128}") String subject,
      @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
      @NotNull @Pattern(regexp = "high|medium|low|none") String level) {}

  /**
   * Returns the stored form: canonical JSON, the same bytes for the same decision.
   *
   * @return the UTF-8 bytes
   */
  public byte[] toJson() {
    return JSON.write(stored);
  }

  /**
   * Reads a stored decision back. The rules of {@link DecisionRecorder#decide(Draft)} are checked
   * again, except the comparison with the generated explanation (the explanation is not stored).
   *
   * @param json the stored form
   * @return the decision
   * @throws ScreeningException with {@link ScreeningError#DECISION_MALFORMED} or the code of the
   *     rule broken, listing every problem
   */
  public static HumanDecision parse(byte[] json) {
    BoundaryResult<Stored> result = BOUNDARY.parse(Objects.requireNonNull(json, "json"), Stored.class);
    if (!result.isValid()) {
      List<ScreeningException.Problem> problems = new ArrayList<>();
      for (Violation v : result.violations()) {
        problems.add(new ScreeningException.Problem(v.path().isEmpty() ? "/" : v.path(),
            ScreeningError.DECISION_MALFORMED));
      }
      throw new ScreeningException(problems);
    }
    Stored s = result.value();
    HumanDecision d = new HumanDecision(s);
    try {
      LegalGround ground = d.ground();
      Optional<OutcomeRule> rule = ground.rule(d.outcome(), d.danger().orElse(null));
      if (rule.isEmpty()) {
        throw new ScreeningException(ScreeningError.DECISION_OUTCOME, "/outcome");
      }
      if (s.unverifiedOutcome() != null && !s.unverifiedOutcome()
          || rule.get().status().inForceByDefault() != (s.unverifiedOutcome() == null)) {
        throw new ScreeningException(ScreeningError.DECISION_OUTCOME, "/unverifiedOutcome");
      }
      DecisionMaker maker = d.decisionMaker();
      Optional<DecisionMaker> reviewer = d.secondReviewer();
      if (d.outcome().isAdverse() && (reviewer.isEmpty() || reviewer.get().staffId().equals(maker.staffId()))) {
        throw new ScreeningException(ScreeningError.DECISION_FOUR_EYES, "/secondReviewer");
      }
      if (ground.requiresProportionality() && d.outcome().isAdverse() && s.proportionality() == null) {
        throw new ScreeningException(ScreeningError.DECISION_PROPORTIONALITY, "/proportionality");
      }
      if (s.motivation().isBlank()) {
        throw new ScreeningException(ScreeningError.DECISION_MOTIVATION, "/motivation");
      }
      Boolean agreement = s.assessment() == null ? null : agrees(d.outcome(), d.signalLevel());
      if (!Objects.equals(s.agreesWithSignal(), agreement)) {
        throw new ScreeningException(ScreeningError.DECISION_MALFORMED, "/agreesWithSignal");
      }
      if (s.assessment() == null && s.signalViewed()) {
        throw new ScreeningException(ScreeningError.DECISION_MALFORMED, "/signalViewed");
      }
    } catch (IllegalArgumentException e) {
      throw new ScreeningException(ScreeningError.DECISION_MALFORMED, "/", e);
    }
    return d;
  }

  /**
   * Returns the SHA-256 of the stored form.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String sha256() {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(toJson()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  /**
   * Returns the legal ground.
   *
   * @return the ground
   */
  public LegalGround ground() {
    return LegalGround.fromId(stored.ground());
  }

  /**
   * Returns the person who decided.
   *
   * @return the decision maker
   */
  public DecisionMaker decisionMaker() {
    MakerDoc m = stored.decisionMaker();
    return new DecisionMaker(m.staffId(), m.role(), m.mandate());
  }

  /**
   * Tells whether the decision refers to a risk assessment.
   *
   * @return {@code false} for a decision drafted with {@link #draft(DecisionFrame, DecisionMaker)}
   */
  public boolean hasAssessment() {
    return stored.assessment() != null;
  }

  /**
   * Returns the subject key of the establishment decided on.
   *
   * @return the key
   * @throws IllegalStateException if the decision refers to no assessment ({@link #hasAssessment()})
   */
  public String subject() {
    return assessment().subject();
  }

  /**
   * Returns the SHA-256 of the assessment decided on ({@link ScreenedEstablishment#sha256()}).
   *
   * @return 64 lower-case hexadecimal digits
   * @throws IllegalStateException if the decision refers to no assessment ({@link #hasAssessment()})
   */
  public String assessmentSha256() {
    return assessment().sha256();
  }

  /**
   * Returns the level of the signal at the time of the decision.
   *
   * @return the level
   * @throws IllegalStateException if the decision refers to no assessment ({@link #hasAssessment()})
   */
  public Outcome signalLevel() {
    return Outcome.fromId(assessment().level());
  }

  private AssessmentRef assessment() {
    if (stored.assessment() == null) {
      throw new IllegalStateException("the decision refers to no assessment");
    }
    return stored.assessment();
  }

  /**
   * Tells whether the outcome is verified under the ground, rather than an unverified outcome the
   * municipality turned on ({@link DecisionFrame#enable(DecisionOutcome)}).
   *
   * @return whether the outcome's source is verified
   */
  public boolean outcomeVerified() {
    return stored.unverifiedOutcome() == null;
  }

  /**
   * Tells whether the decision maker stated that they looked at the signal and its explanation.
   *
   * @return whether they did
   */
  public boolean signalViewed() {
    return stored.signalViewed();
  }

  /**
   * Returns the degree of danger, under Bibob.
   *
   * @return the degree, or empty under a ground without one
   */
  public Optional<DangerDegree> danger() {
    return Optional.ofNullable(stored.danger()).map(d -> DangerDegree.valueOf(d.toUpperCase(Locale.ROOT)));
  }

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public DecisionOutcome outcome() {
    return BarrierJson.enumFromId(DecisionOutcome.class, stored.outcome())
        .orElseThrow(() -> new IllegalArgumentException("not an outcome id"));
  }

  /**
   * Tells whether the outcome agrees with the signal: a measure (anything but a plain grant) with a
   * signal at medium or higher, or a plain grant with a signal below medium.
   *
   * @return whether it agrees
   * @throws IllegalStateException if there is no assessment or the outcome is not on the merits;
   *     see {@link #agreement()}
   */
  public boolean agreesWithSignal() {
    return agreement().orElseThrow(() -> new IllegalStateException("no agreement: no assessment or not on the merits"));
  }

  /**
   * Returns whether the outcome agrees with the signal ({@link #agreesWithSignal()}), where that
   * question has an answer.
   *
   * @return the agreement, or empty without an assessment or for an outcome not on the merits
   */
  public Optional<Boolean> agreement() {
    return Optional.ofNullable(stored.agreesWithSignal());
  }

  /**
   * Returns the reasons in the decision maker's own words. May hold personal data: never log it.
   *
   * @return the motivation
   */
  public String motivation() {
    return stored.motivation();
  }

  /**
   * Returns why the outcome is proportionate.
   *
   * @return the statement, if given
   */
  public Optional<String> proportionality() {
    return Optional.ofNullable(stored.proportionality());
  }

  /**
   * Returns the second reviewer.
   *
   * @return the reviewer, if any
   */
  public Optional<DecisionMaker> secondReviewer() {
    return Optional.ofNullable(stored.secondReviewer())
        .map(m -> new DecisionMaker(m.staffId(), m.role(), m.mandate()));
  }

  /**
   * Returns when the decision was recorded.
   *
   * @return the instant
   */
  public Instant decidedAt() {
    return stored.decidedAt();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HumanDecision && ((HumanDecision) o).stored.equals(stored);
  }

  @Override
  public int hashCode() {
    return stored.hashCode();
  }

  /**
   * Returns the ground and outcome only.
   *
   * @return for example {@code HumanDecision[nl-bibob, lesser, grant-with-conditions, redacted]}
   */
  @Override
  public String toString() {
    return "HumanDecision[" + stored.ground() + ", " + (stored.danger() == null ? "-" : stored.danger()) + ", "
        + stored.outcome() + ", redacted]";
  }
}
