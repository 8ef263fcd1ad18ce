package eu.barrier.indicators.scoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * One observation of the assess input as written in JSON, bound but not yet checked against the
 * rules of names, gradings and periods.
 *
 * <p>Only for document formats that embed assess-input subjects, such as the labelled input of
 * {@code barrier-workbench}: such a format declares its subjects' {@code observations} as {@code
 * List<@NotNull @Valid InputObservation>}, binds the document with {@link
 * EmbeddedSubjects#boundary(int, long)} and turns each subject into a {@link Subject} with {@link
 * EmbeddedSubjects#read}. Everything else reads {@link AssessInput}. The component constraints are
 * those of the JSON Schema {@value AssessInput#SCHEMA_RESOURCE}.
 *
 * @param indicator the indicator id, for example {@code ADM-01}
 * @param observedOn the first (or only) day
 * @param observedUntil the last day, or {@code null} for a single day
 * @param source the observing agency name, for example {@code social-inspection}; checked by
 *     {@link EmbeddedSubjects#read}
 * @param grading the grading codes, for example {@code B2} or {@code B2 H1}, or {@code null}
 * @param gradingScheme the grading scheme name, or {@code null} for {@code europol-4x4}
 * @param evidence an opaque reference to the evidence, or {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record InputObservation(
    @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String indicator,
    @NotNull LocalDate observedOn,
    LocalDate observedUntil,
    @NotNull @Size(max = 64) String source,
    @Size(min = 2, max = 5) @Pattern(regexp = "[A-Z0-9]{2}( [A-Z0-9]{1,2})?") String grading,
    @Size(max = 32) String gradingScheme,
    @Size(max = 256) @Pattern(regexp = "[^\\p{Cntrl}]*[^\\p{Cntrl}\\s][^\\p{Cntrl}]*") String evidence) {

  /**
   * Returns the type only: an evidence reference may name a person.
   *
   * @return {@code InputObservation[redacted]}
   */
  @Override
  public String toString() {
    return "InputObservation[redacted]";
  }
}
