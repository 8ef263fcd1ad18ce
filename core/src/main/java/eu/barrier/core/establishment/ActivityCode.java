package eu.barrier.core.establishment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An economic-activity code in a named classification, for example NACE-BEL 2008 {@code 96.040}
 * or SBI 2025 {@code 96.23}.
 *
 * <p>The canonical constructor normalises without throwing: surrounding spaces are removed and a
 * dotless code of 3 to 5 digits gets its dot after the division ({@code 96040} becomes {@code
 * 96.040}, {@code 9604} becomes {@code 96.04}). A Jakarta validator then reports a missing
 * classification or code and the rule {@code codeWellFormed}. Use {@link #of} for a checked code.
 * Activity codes are not personal data; {@link #toString()} shows the code only once it is well
 * formed, because an unvalidated code could hold any text.
 *
 * @param classification the classification; required
 * @param code the code in canonical form with its dot; required
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ActivityCode(@NotNull ActivityClassification classification, @NotNull String code) {

  private static final java.util.regex.Pattern DOTLESS =
      java.util.regex.Pattern.compile("[0-9]{3,5}");

  /**
   * Creates a code, normalising its written form; validates nothing (see the class comment).
   *
   * @param classification the classification
   * @param code the code, with or without the dot
   */
  public ActivityCode {
    if (code != null) {
      code = code.strip();
      if (DOTLESS.matcher(code).matches()) {
        code = code.substring(0, 2) + "." + code.substring(2);
      }
    }
  }

  /**
   * Returns a checked code.
   *
   * @param classification the classification
   * @param code the code, with or without the dot ({@code 96.040} or {@code 96040})
   * @return the code in canonical form
   * @throws IllegalArgumentException if the code is not well formed in the classification
   */
  public static ActivityCode of(ActivityClassification classification, String code) {
    Objects.requireNonNull(classification, "classification");
    Objects.requireNonNull(code, "code");
    ActivityCode result = new ActivityCode(classification, code);
    if (!result.isCodeWellFormed()) {
      throw new IllegalArgumentException(
          "activity code must be 2 digits, optionally a dot and 1 to 3 digits, in "
              + classification);
    }
    return result;
  }

  /**
   * Returns the digits of the code without the dot, for example {@code 96040}.
   *
   * @return the digits
   */
  public String digits() {
    return code == null ? null : code.replace(".", "");
  }

  /**
   * Returns the risk sector of this code, if Barrier knows a sourced mapping.
   *
   * @return the sector; empty if unmapped
   * @see Sector#of(ActivityCode)
   */
  public Optional<Sector> sector() {
    return Sector.of(this);
  }

  /**
   * Cross-field rule (property {@code codeWellFormed}): the code is well formed in its
   * classification.
   *
   * @return {@code true} if well formed, or the classification or code is missing
   */
  @JsonIgnore
  @AssertTrue
  public boolean isCodeWellFormed() {
    return classification == null || code == null || classification.isWellFormed(code);
  }

  /**
   * Returns the classification and the code, or {@code invalid} for a code that is not well
   * formed.
   *
   * @return for example {@code ActivityCode[NACE_BEL_2008 96.040]}
   */
  @Override
  public String toString() {
    return "ActivityCode[" + classification + " "
        + (classification != null && isCodeWellFormed() ? code : "invalid") + "]";
  }
}
