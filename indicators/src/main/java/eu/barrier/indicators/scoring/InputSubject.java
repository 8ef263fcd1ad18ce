package eu.barrier.indicators.scoring;

import eu.barrier.indicators.scoring.InputObservation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One subject of the assess input.
 *
 * @param id the host's opaque key: 1 to 128 characters of {@code [A-Za-z0-9._:-]}
 * @param kind the subject kind name, checked after binding
 * @param observations its observations, at most 10 000
 */
record InputSubject(
    @NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]*") String id,
    @NotNull @Size(max = 32) String kind,
    @NotNull @Size(max = 10_000) List<@NotNull @Valid InputObservation> observations) {

  @Override
  public String toString() {
    return "InputSubject[redacted]";
  }
}
