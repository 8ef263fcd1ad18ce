package eu.barrier.cases.procedure;

import eu.barrier.cases.Artefact;
import eu.barrier.cases.Role;
import eu.barrier.cases.Trigger;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The details of an event, stored as a JSON object in the event's row (absent fields are left
 * out). Which fields an event has depends on the event: see {@code docs/cases.md}. May hold
 * personal data (texts, the establishment, the assessment): {@link #toString()} shows none.
 *
 * @param establishment case-opened: the establishment's subject key
 * @param trigger case-opened: what started the case
 * @param profileSha256 case-opened: the SHA-256 of the profile document the case was opened under
 * @param reference a reference to a document or rule: the ordinance or policy rule that brought
 *     the case in scope, the source of evidence, a letter
 * @param text free text in the actor's own words: a summary, the reasons of an intention, a view
 * @param outcome intention-issued, decision-taken: the outcome
 * @param danger decision-taken: the degree of danger (Bibob)
 * @param grounds intention-issued, decision-taken: the grounds cited
 * @param until intention-issued: the views deadline
 * @param degrees advice-received: the degree of danger per ground, as advised
 * @param recipient disclosure-made: the role disclosed to
 * @param artefacts disclosure-made: the artefacts disclosed
 * @param events disclosure-made: the numbers of the events disclosed
 * @param assessment risk-assessed: the risk assessment
 * @param decision decision-taken: the decision record
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EventDetails(String establishment, Trigger trigger, String profileSha256, String reference, String text,
    DecisionOutcome outcome, DangerDegree danger, List<String> grounds, LocalDate until,
    Map<String, DangerDegree> degrees, Role recipient, List<Artefact> artefacts, List<Long> events,
    RiskAssessment assessment, DecisionDetails decision) {

  /** Details with nothing in them. */
  static final EventDetails NONE = new EventDetails(null, null, null, null, null, null, null, null, null, null, null,
      null, null, null, null);

  /**
   * A risk assessment in the case: the screening result of the case's establishment, by hash and
   * content.
   *
   * @param sha256 the SHA-256 of the establishment's entry ({@code ScreenedEstablishment.sha256()})
   * @param level the level of the signal
   * @param results the results document ({@code barrier.screening-results/1}) holding that one
   *     establishment
   */
  public record RiskAssessment(String sha256, String level, String results) {

    /**
     * Returns the hash and level only.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "RiskAssessment[" + level + ", " + sha256 + "]";
    }
  }

  /**
   * The decision record of research note §3.5, around the checked {@code HumanDecision}.
   *
   * @param record the human decision, in its stored form ({@code barrier.human-decision/1}): decision
   *     maker and mandate, outcome, degree of danger, motivation, proportionality, second reviewer,
   *     the assessment by hash and level, whether the score was viewed, agreement with the score band
   * @param evidence the numbers of the events considered as evidence
   * @param views how the views received were dealt with
   * @param supplementaryAdvice whether a supplementary advice was sought
   * @param score the score context shown to the decision maker, if an assessment is in the case
   * @param openedForAssessment when the case was opened (the first event's day)
   */
  public record DecisionDetails(String record, List<Long> evidence, String views, Boolean supplementaryAdvice,
      ScoreContext score, LocalDate openedForAssessment) {

    /**
     * Returns nothing of the content.
     *
     * @return the description
     */
    @Override
    public String toString() {
      return "DecisionDetails[redacted]";
    }
  }

  /**
   * The score context of a decision: which assessment, made with which model and catalogues, at
   * which level and score, its top contributions, and whether the decision maker viewed it.
   *
   * @param assessedIn the number of the risk-assessed event
   * @param sha256 the assessment's SHA-256
   * @param level the level
   * @param model the risk model id
   * @param catalogues the catalogues, as {@code id@version}
   * @param score the leading assessment's score, as written in the results
   * @param top the indicators that contributed most, at most five
   * @param viewed whether a score-viewed event by the decision maker follows the assessment
   */
  public record ScoreContext(long assessedIn, String sha256, String level, String model, List<String> catalogues,
      String score, List<String> top, boolean viewed) {}

  /**
   * Returns nothing of the content.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "EventDetails[redacted]";
  }
}
