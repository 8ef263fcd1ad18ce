package eu.barrier.transparency;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of {@link Transparency#check(byte[])}: what the document is and every rule it breaks.
 *
 * @param kind the kind of document found
 * @param findings every broken rule, each with its JSON Pointer and code, never a value; empty if
 *     the document passes
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CheckReport(DocumentKind kind, List<Finding> findings) {

  /**
   * Checks for {@code null} and copies the list.
   *
   * @param kind the kind component
   * @param findings the findings component
   */
  public CheckReport {
    Objects.requireNonNull(kind, "kind");
    findings = List.copyOf(findings);
  }

  /**
   * Tells whether the document breaks no rule.
   *
   * @return {@code true} if there are no findings
   */
  public boolean isValid() {
    return findings.isEmpty();
  }
}
