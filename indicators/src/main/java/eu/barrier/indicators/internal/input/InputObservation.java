package eu.barrier.indicators.internal.input;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One observation of the assess input.
 *
 * @param indicator the indicator id
 * @param observedOn the first (or only) day
 * @param observedUntil the last day, or {@code null} for a single day
 * @param source the observing agency name, checked after binding
 * @param grading the grading codes, for example {@code B2} or {@code B2 H1}, or {@code null}
 * @param gradingScheme the grading scheme name, or {@code null} for europol-4x4
 * @param evidence an opaque reference to the evidence, or {@code null}
 */
public record InputObservation(
    @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String indicator,
    @NotNull LocalDate observedOn,
    LocalDate observedUntil,
    @NotNull @Size(max = 64) String source,
    @Size(min = 2, max = 5) @Pattern(regexp = "[A-Z0-9]{2}( [A-Z0-9]{1,2})?") String grading,
    @Size(max = 32) String gradingScheme,
    @Size(max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*") String evidence) {

  @Override
  public String toString() {
    return "InputObservation[redacted]";
  }
}
