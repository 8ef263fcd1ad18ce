package eu.barrier.indicators.catalogue;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link CatalogueLint#check(Catalogue)}: every finding, in document order.
 *
 * @param catalogueReference the catalogue checked, as {@code id@version}
 * @param findings all findings; empty for a clean catalogue
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LintReport(String catalogueReference, List<LintFinding> findings) {

  /**
   * Checks for {@code null} and copies the list.
   *
   * @param catalogueReference the catalogueReference component
   * @param findings the findings component
   * @throws NullPointerException if a component or a finding is {@code null}
   */
  public LintReport {
    Objects.requireNonNull(catalogueReference, "catalogueReference");
    findings = List.copyOf(findings);
  }

  /**
   * Returns the findings of severity {@link Severity#ERROR}.
   *
   * @return an unmodifiable list
   */
  public List<LintFinding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /**
   * Tells whether any finding is an error; such a catalogue must not feed a model.
   *
   * @return {@code true} if there is at least one error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Tells whether there are no findings at all.
   *
   * @return {@code true} if clean
   */
  public boolean isClean() {
    return findings.isEmpty();
  }
}
