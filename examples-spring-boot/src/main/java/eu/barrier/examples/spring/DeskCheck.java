package eu.barrier.examples.spring;

import eu.barrier.core.establishment.Establishment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What the permit desk sends: the establishment as the applicant declared it, and the indicators
 * the desk observed on one day. Parsed and validated by the starter's {@code Boundary}.
 *
 * @param establishment the establishment (core's domain model)
 * @param observed indicator ids of the configured catalogues, for example {@code ADM-07}
 * @param observedOn the day the desk observed them
 */
public record DeskCheck(
    @NotNull @Valid Establishment establishment,
    @NotNull @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9]*(-[A-Z0-9]+){0,9}") String> observed,
    @NotNull LocalDate observedOn) {

  /**
   * Shows the number of observations only: the establishment's numbers may identify a person.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "DeskCheck[observed=" + (observed == null ? 0 : observed.size()) + "]";
  }
}
