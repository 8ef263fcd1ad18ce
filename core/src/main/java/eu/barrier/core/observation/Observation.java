package eu.barrier.core.observation;

import eu.barrier.core.internal.Shapes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * One indicator observed about one subject, by one agency, over a period: a signal for review,
 * never a decision.
 *
 * <p>The canonical constructor accepts anything, so a JSON binder can build the object and a
 * Jakarta validator can report every broken rule at once, including those of the nested {@code
 * subject}, {@code period} and {@code grading}.
 *
 * <p>The note is free text and may hold personal data: {@link #toString()} never shows it, nor
 * the subject key or the evidence reference.
 *
 * @param indicatorId the id of the indicator in its catalogue, for example {@code ILO-AL-DR-01}
 *     or {@code BA-HOUSING-03}; required, at most 64 characters, upper-case letters and digits in
 *     dash-separated groups
 * @param subject what was observed; required
 * @param period when it was observed; required
 * @param source the agency that observed it; required
 * @param grading the intelligence grading, or {@code null} when the source does not grade (most
 *     municipal services do not)
 * @param evidenceReference an opaque reference to the evidence in the source's own system (a file
 *     or report number), or {@code null}; one line, at most 256 characters
 * @param note free text, or {@code null}; at most 4000 characters; may hold personal data and
 *     never reaches {@code toString()} or logs
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Observation(
    @NotNull @Size(max = 64) @Pattern(regexp = "[A-Z0-9]+(-[A-Z0-9]+)*") String indicatorId,
    @NotNull @Valid SubjectReference subject,
    @NotNull @Valid ObservedPeriod period,
    @NotNull Agency source,
    @Valid Grading grading,
    @Size(max = 256) @Pattern(regexp = SINGLE_LINE_SHAPE) String evidenceReference,
    @Size(max = 4000) @Pattern(regexp = FREE_TEXT_SHAPE) String note) {
  // a local alias: javac warns when an exported annotation names an internal class
  private static final String FREE_TEXT_SHAPE = Shapes.FREE_TEXT;

  // a local alias: javac warns when an exported annotation names an internal class
  private static final String SINGLE_LINE_SHAPE = Shapes.SINGLE_LINE;


  private static final java.util.regex.Pattern INDICATOR_ID =
      java.util.regex.Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  /**
   * Creates an observation without checking it (see the class comment).
   *
   * @param indicatorId the indicator id
   * @param subject the subject
   * @param period the period
   * @param source the observing agency
   * @param grading the grading, or {@code null}
   * @param evidenceReference the evidence reference, or {@code null}
   * @param note the note, or {@code null}
   */
  public Observation {}

  /**
   * Returns the indicator id, subject kind, source and grading; never the subject key, the
   * evidence reference or the note. An indicator id or grading that breaks its rule shows as
   * {@code invalid}, since unvalidated text could hold anything.
   *
   * @return for example {@code Observation[indicatorId=ILO-AL-DR-01, subject=ESTABLISHMENT,
   *     source=LOCAL_POLICE, grading=Grading[EUROPOL_4X4 B2], redacted]}
   */
  @Override
  public String toString() {
    // only validated shapes are shown: an unvalidated component could hold anything
    String indicator =
        indicatorId == null
                || indicatorId.length() > 64
                || !INDICATOR_ID.matcher(indicatorId).matches()
            ? "invalid"
            : indicatorId;
    return "Observation[indicatorId=" + indicator
        + ", subject=" + (subject == null ? null : subject.kind())
        + ", source=" + source
        + ", grading=" + grading
        + ", redacted]";
  }
}
