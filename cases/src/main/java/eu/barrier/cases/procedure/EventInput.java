package eu.barrier.cases.procedure;

import eu.barrier.cases.Artefact;
import eu.barrier.cases.EventType;
import eu.barrier.cases.Role;
import eu.barrier.core.Language;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionMaker;
import eu.barrier.screening.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An event to record, as its actor states it; {@link CaseFiles#record(String, EventInput)} checks
 * it against the case and its profile. Which fields an event takes is listed in {@code
 * docs/cases.md}; a field an event does not take is refused ({@code EVENT_INPUT}). Not thread-safe.
 * {@link #toString()} shows the event and role only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventInput {

  final EventType type;
  final String actor;
  final Role role;
  LocalDate on;
  String basis;
  String reference;
  String text;
  DecisionOutcome outcome;
  DangerDegree danger;
  final List<String> grounds = new ArrayList<>();
  LocalDate until;
  final Map<String, DangerDegree> degrees = new LinkedHashMap<>();
  Role recipient;
  ScreeningResult results;
  String establishmentKey;
  Language language = Language.EN;
  String mandate;
  String proportionality;
  DecisionMaker secondReviewer;
  String views;
  final List<Long> evidence = new ArrayList<>();
  boolean supplementaryAdvice;
  /** Set by the library only, for a disclosure it records on a read. */
  List<Artefact> artefacts;
  /** Set by the library only, for a disclosure it records on a read. */
  List<Long> disclosed;
  /** Set by {@link CaseFiles#open} only. */
  String establishment;
  /** Set by {@link CaseFiles#open} only. */
  eu.barrier.cases.Trigger trigger;
  /** Set by {@link CaseFiles#open} only. */
  String profileSha256;

  private EventInput(EventType type, String actor, Role role) {
    this.type = Objects.requireNonNull(type, "type");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.role = Objects.requireNonNull(role, "role");
  }

  /**
   * Starts an event.
   *
   * @param type the event
   * @param actor the staff id of who does it (an audit label, never a name)
   * @param role the role they act in
   * @return the input
   */
  public static EventInput of(EventType type, String actor, Role role) {
    return new EventInput(type, actor, role);
  }

  /**
   * Sets the day it happened; by default the day it is recorded, in the profile's time zone.
   *
   * @param day the day
   * @return this input
   */
  public EventInput on(LocalDate day) {
    this.on = Objects.requireNonNull(day, "day");
    return this;
  }

  /**
   * Sets the legal basis; by default the profile's basis for the event.
   *
   * @param basisId a basis id of the profile's closed list
   * @return this input
   */
  public EventInput basis(String basisId) {
    this.basis = Objects.requireNonNull(basisId, "basisId");
    return this;
  }

  /**
   * Sets a reference: the ordinance or policy rule, a source of evidence, a letter.
   *
   * @param reference up to 256 characters
   * @return this input
   */
  public EventInput reference(String reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
    return this;
  }

  /**
   * Sets the free text in the actor's own words; for a decision, the motivation.
   *
   * @param text up to 20,000 characters
   * @return this input
   */
  public EventInput text(String text) {
    this.text = Objects.requireNonNull(text, "text");
    return this;
  }

  /**
   * Sets the outcome of an intention or a decision.
   *
   * @param outcome the outcome
   * @return this input
   */
  public EventInput outcome(DecisionOutcome outcome) {
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    return this;
  }

  /**
   * Sets the degree of danger of a decision (Bibob).
   *
   * @param danger the degree
   * @return this input
   */
  public EventInput danger(DangerDegree danger) {
    this.danger = Objects.requireNonNull(danger, "danger");
    return this;
  }

  /**
   * Adds grounds cited by an intention or a decision.
   *
   * @param groundIds ground ids of the profile
   * @return this input
   */
  public EventInput grounds(String... groundIds) {
    for (String g : groundIds) {
      grounds.add(Objects.requireNonNull(g, "ground"));
    }
    return this;
  }

  /**
   * Sets the views deadline of an intention; by default its day plus the profile's views period.
   *
   * @param day the last day for views
   * @return this input
   */
  public EventInput until(LocalDate day) {
    this.until = Objects.requireNonNull(day, "day");
    return this;
  }

  /**
   * Adds the advised degree of danger on a ground, to an advice received.
   *
   * @param groundId a ground id of the profile
   * @param degree the degree
   * @return this input
   */
  public EventInput degree(String groundId, DangerDegree degree) {
    degrees.put(Objects.requireNonNull(groundId, "groundId"), Objects.requireNonNull(degree, "degree"));
    return this;
  }

  /**
   * Sets the recipient of a disclosure recorded by hand (a letter, a meeting).
   *
   * @param recipient a role outside the municipality
   * @return this input
   */
  public EventInput recipient(Role recipient) {
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    return this;
  }

  /**
   * Sets the risk assessment of a risk-assessed event: the case's establishment in a screening
   * result. The case stores the results document of that one establishment, and its hash.
   *
   * @param result the screening result holding the establishment
   * @param establishmentKey the establishment's subject key, the case's
   * @param language the language of the explanations kept in the document
   * @return this input
   */
  public EventInput assessment(ScreeningResult result, String establishmentKey, Language language) {
    this.results = Objects.requireNonNull(result, "result");
    this.establishmentKey = Objects.requireNonNull(establishmentKey, "establishmentKey");
    this.language = Objects.requireNonNull(language, "language");
    return this;
  }

  /**
   * Sets the decision maker's mandate, for a decision.
   *
   * @param mandate the mandate reference, for example {@code decision of the college 2026/17}
   * @return this input
   */
  public EventInput mandate(String mandate) {
    this.mandate = Objects.requireNonNull(mandate, "mandate");
    return this;
  }

  /**
   * Sets why a decision is proportionate, and which milder measures were considered.
   *
   * @param statement the statement
   * @return this input
   */
  public EventInput proportionality(String statement) {
    this.proportionality = Objects.requireNonNull(statement, "statement");
    return this;
  }

  /**
   * Sets the second reviewer of an adverse decision.
   *
   * @param reviewer the reviewer
   * @return this input
   */
  public EventInput secondReviewer(DecisionMaker reviewer) {
    this.secondReviewer = Objects.requireNonNull(reviewer, "reviewer");
    return this;
  }

  /**
   * Sets how a decision dealt with the views received.
   *
   * @param views the statement
   * @return this input
   */
  public EventInput views(String views) {
    this.views = Objects.requireNonNull(views, "views");
    return this;
  }

  /**
   * Adds the numbers of the events a decision considered as evidence.
   *
   * @param seqs event numbers of the case
   * @return this input
   */
  public EventInput evidence(long... seqs) {
    for (long s : seqs) {
      evidence.add(s);
    }
    return this;
  }

  /**
   * States that a supplementary advice was sought before a decision.
   *
   * @param sought whether it was
   * @return this input
   */
  public EventInput supplementaryAdvice(boolean sought) {
    this.supplementaryAdvice = sought;
    return this;
  }

  /**
   * Returns the event and role only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EventInput[" + type.id() + ", " + role.id() + ", redacted]";
  }
}
