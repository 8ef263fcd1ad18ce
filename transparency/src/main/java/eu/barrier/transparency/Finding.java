package eu.barrier.transparency;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One broken rule: where it is and which rule. Never a value from the document.
 *
 * @param path where the problem is: a JSON Pointer into the checked document ({@code
 *     /description_short}, {@code /answers/2.1/0/2.1.4}), or the name of a deployment field; a
 *     property name from the input appears only if it is a short plain name, otherwise as {@code *}
 * @param error the rule broken
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Finding(String path, TransparencyError error) {

  /**
   * Checks for {@code null}.
   *
   * @param path the path component
   * @param error the error component
   * @throws NullPointerException if a component is {@code null}
   */
  public Finding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(error, "error");
  }

  /**
   * Returns the finding as one line: where, the code and the rule.
   *
   * @return for example {@code /name: BARRIER-TRN-0205 no text is longer than ...}
   */
  @Override
  public String toString() {
    return (path.isEmpty() ? "/" : path) + ": " + error.code() + " " + error.rule();
  }
}
