package eu.barrier.linkage.schema;

import eu.barrier.linkage.LinkageError;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found in a linkage schema: where (a JSON Pointer into the document as written), which
 * rule ({@link #error()}) and a short English explanation.
 *
 * <p>Problems found after the upgrade of a v1 or v2 schema to v3 point to the place in the
 * original document that the upgraded value came from, and say so.
 *
 * @param path the JSON Pointer of the offending value, {@code ""} for the document
 * @param error the rule
 * @param severity whether the schema is refused ({@link Severity#ERROR}) or only questionable
 * @param message the explanation; it never contains a secret
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SchemaProblem(String path, LinkageError error, Severity severity, String message) {

  /** Whether a problem refuses the schema. */
  public enum Severity {
    /** The schema is refused. */
    ERROR,
    /** The schema is accepted; a reviewer should look at this place. */
    WARNING
  }

  /**
   * Checks that no component is {@code null}.
   *
   * @param path the JSON Pointer
   * @param error the rule
   * @param severity the severity
   * @param message the explanation
   */
  public SchemaProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns {@code path: code: message} (the path {@code /} for the document).
   *
   * @return one line
   */
  public String describe() {
    return (path.isEmpty() ? "/" : path) + ": " + error.code() + ": " + message;
  }
}
