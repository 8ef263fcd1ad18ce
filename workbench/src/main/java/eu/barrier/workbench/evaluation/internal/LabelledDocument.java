package eu.barrier.workbench.evaluation.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * The labelled input document: the assess input document plus labels, audit groups and an
 * optional provenance object.
 *
 * @param provenance free key-value pairs about the data, or {@code null}; at most 64 entries
 * @param subjects the subjects, at most 1 000 000
 */
public record LabelledDocument(
    @Size(max = 64) Map<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String,
        @NotNull @Size(max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*") String> provenance,
    @NotNull @Size(max = 1_000_000) List<@NotNull @Valid LabelledInputSubject> subjects) {

  @Override
  public String toString() {
    return "LabelledDocument[subjects=" + (subjects == null ? 0 : subjects.size()) + "]";
  }
}
