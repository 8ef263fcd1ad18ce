package eu.barrier.core.observation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An intelligence grading in one named scheme, for example Europol {@code B2 H1} or UK 3x5x2
 * {@code 2 B P}.
 *
 * <p>A grading is only meaningful in its own scheme; there are no conversions. Use {@link #of} to
 * build a checked grading. The canonical constructor accepts anything so a JSON binder can build
 * the object; a Jakarta validator then reports missing components and the cross-field rule
 * {@code validForScheme}. Gradings hold no personal data; {@link #toString()} shows the codes
 * only once they are valid, because unvalidated codes could hold any text.
 *
 * @param scheme the grading scheme; required
 * @param source the source-reliability code on the scheme's source axis; required
 * @param information the information-assessment code; required
 * @param handling the handling code, or {@code null}; required for {@link
 *     GradingScheme#UK_3X5X2}, optional for {@link GradingScheme#EUROPOL_4X4}, absent for {@link
 *     GradingScheme#ADMIRALTY_6X6}
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Grading(
    @NotNull GradingScheme scheme,
    @NotNull String source,
    @NotNull String information,
    String handling) {

  /**
   * The one order of gradings: strongest first. Within a scheme, the stronger source comes first,
   * then the stronger information ({@link GradingScheme#sourceStrengthRank(String)} and {@link
   * GradingScheme#informationStrengthRank(String)}: what cannot be judged ranks above what is judged
   * unreliable or improbable); the handling code does not count. Gradings of different schemes are
   * never converted: they are ordered by scheme (declaration order of {@link GradingScheme}). Only
   * for valid gradings ({@link #of}).
   */
  public static final Comparator<Grading> STRONGEST_FIRST = Comparator
      .comparing(Grading::scheme)
      .thenComparingInt((Grading g) -> g.scheme().sourceStrengthRank(g.source()))
      .thenComparingInt((Grading g) -> g.scheme().informationStrengthRank(g.information()));

  /**
   * Creates a grading without checking it (see the class comment).
   *
   * @param scheme the grading scheme
   * @param source the source code
   * @param information the information code
   * @param handling the handling code, or {@code null}
   */
  public Grading {}

  /**
   * Returns a checked grading.
   *
   * @param scheme the scheme
   * @param source the source code
   * @param information the information code
   * @param handling the handling code, or {@code null}
   * @return the grading
   * @throws IllegalArgumentException if the codes are not a valid combination in {@code scheme}
   */
  public static Grading of(GradingScheme scheme, String source, String information,
      String handling) {
    Objects.requireNonNull(scheme, "scheme");
    if (!scheme.isValid(source, information, handling)) {
      throw new IllegalArgumentException(
          "grading codes are not a valid combination in scheme " + scheme);
    }
    return new Grading(scheme, source, information, handling);
  }

  /**
   * Returns a checked grading without handling code.
   *
   * @param scheme the scheme; not {@link GradingScheme#UK_3X5X2}, which needs a handling code
   * @param source the source code
   * @param information the information code
   * @return the grading
   * @throws IllegalArgumentException if the codes are not a valid combination in {@code scheme}
   */
  public static Grading of(GradingScheme scheme, String source, String information) {
    return of(scheme, source, information, null);
  }

  /**
   * Cross-field rule (property {@code validForScheme}): the codes are a valid combination in the
   * scheme. Missing scheme, source or information are reported by their own rules.
   *
   * @return {@code true} if valid, or a required component is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isValidForScheme() {
    if (scheme == null || source == null || information == null) {
      return true;
    }
    return scheme.isValid(source, information, handling);
  }

  /**
   * Returns the scheme and codes, or {@code invalid} for codes that are not valid in the scheme.
   *
   * @return for example {@code Grading[EUROPOL_4X4 B2 H1]}
   */
  @Override
  public String toString() {
    if (scheme == null || source == null || information == null || !isValidForScheme()) {
      return "Grading[" + scheme + " invalid]";
    }
    return "Grading[" + scheme + " " + source + information
        + (handling == null ? "" : " " + handling) + "]";
  }
}
