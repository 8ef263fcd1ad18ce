package eu.barrier.screening.picture;

import eu.barrier.core.observation.Grading;
import eu.barrier.privacy.exchange.AssessmentSummary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One signal report as it concerns one entity: the report names the entity among its subjects.
 *
 * @param source the message id of the report ({@link Source#messageId()})
 * @param sender the partner that sent it
 * @param period the period of the observations, for example {@code 2026-Q3}
 * @param grading the grading the sender gave
 * @param assessment the assessment summary, if the report has one
 * @param indicators the indicators of the report, in the report's order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Signal(String source, String sender, String period, Grading grading, Optional<AssessmentSummary> assessment,
    List<ReportedIndicator> indicators) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param source the message id
   * @param sender the sender
   * @param period the period
   * @param grading the grading
   * @param assessment the assessment
   * @param indicators the indicators
   */
  public Signal {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grading, "grading");
    Objects.requireNonNull(assessment, "assessment");
    indicators = List.copyOf(indicators);
  }
}
