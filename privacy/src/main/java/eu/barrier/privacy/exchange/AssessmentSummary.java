package eu.barrier.privacy.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.apiguardian.api.API;

/**
 * The summary of a risk assessment that led to a signal report: a signal for review, never a
 * decision. The recipient can reproduce it from the named catalogue version and model.
 *
 * @param outcome the graded outcome id, for example {@code high} or {@code exploitation-signal}
 * @param scoreMilli the score in thousandths of a point, 0 to 1 000 000 000
 * @param catalogue the catalogue as {@code id@version}, for example {@code barrier-model@1.0.0}
 * @param model the risk model id, for example {@code weighted} or {@code ilo-2009}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AssessmentSummary(
    @NotNull @Pattern(regexp = MessagePatterns.KEBAB) String outcome,
    @NotNull @PositiveOrZero @Max(1_000_000_000L) Long scoreMilli,
    @NotNull @Pattern(regexp = MessagePatterns.CATALOGUE_AT_VERSION) String catalogue,
    @NotNull @Pattern(regexp = MessagePatterns.KEBAB) String model) {

  /**
   * Creates a summary without checking it.
   *
   * @param outcome the outcome id
   * @param scoreMilli the score in thousandths
   * @param catalogue {@code id@version}
   * @param model the model id
   */
  public AssessmentSummary {}
}
