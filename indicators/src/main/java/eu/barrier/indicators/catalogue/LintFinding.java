package eu.barrier.indicators.catalogue;

import eu.barrier.indicators.IndicatorsError;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One finding of {@link CatalogueLint}.
 *
 * @param indicatorId the id of the indicator concerned, or empty for catalogue-level findings
 * @param severity how serious it is; only {@link Severity#ERROR} blocks use of the catalogue
 * @param code the lint rule, a {@code BARRIER-IND-01xx} code
 * @param path the JSON Pointer of the offending value in the catalogue document
 * @param message a description of the finding; catalogue texts are public, so it may name ids
 *     and the protected term found
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LintFinding(Optional<String> indicatorId, Severity severity, IndicatorsError code, String path, String message) {

  /**
   * Checks for {@code null}.
   *
   * @param indicatorId the indicatorId component
   * @param severity the severity component
   * @param code the code component
   * @param path the path component
   * @param message the message component
   * @throws NullPointerException if a component is {@code null}
   */
  public LintFinding {
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns {@code SEVERITY CODE at PATH: message}.
   *
   * @return the finding as one line
   */
  @Override
  public String toString() {
    return severity.id() + " " + code.code() + " at '" + path + "': " + message;
  }
}
