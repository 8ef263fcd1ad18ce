package eu.barrier.workbench.evaluation.internal;

import eu.barrier.indicators.scoring.InputObservation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One subject of the labelled input: an assess input subject with its label and audit group.
 *
 * @param id the host's opaque key: 1 to 128 characters of {@code [A-Za-z0-9._:-]}
 * @param kind the subject kind name, checked after binding
 * @param label {@code true} for a case of exploitation; required
 * @param auditGroup the audit group, used only for fairness figures, or {@code null}
 * @param observations its observations, at most 10 000
 */
public record LabelledInputSubject(
    @NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]*") String id,
    @NotNull @Size(max = 32) String kind,
    @NotNull Boolean label,
    @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String auditGroup,
    @NotNull @Size(max = 10_000) List<@NotNull @Valid InputObservation> observations) {

  @Override
  public String toString() {
    return "LabelledInputSubject[redacted]";
  }
}
