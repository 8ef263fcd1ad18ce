package eu.barrier.core.validation;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One problem found at the boundary: where it is, its stable code and a message for people.
 *
 * <p>Neither field ever contains the rejected value. Property names from the input appear in the
 * path only if they match {@code [A-Za-z0-9_.-]{1,64}} and hold no run of six or more digits;
 * others are shown as {@code *}.
 *
 * @param path the JSON Pointer (RFC 6901) of the value, for example {@code /observations/3/grading};
 *     empty for the document itself
 * @param code a stable code such as {@code BARRIER-CORE-0103}: a {@code 01xx} JSON code, a {@code
 *     02xx} constraint code, or the code of the value type's own rule (for example an identifier's
 *     check-digit code)
 * @param message the rule in the requested language; never the value
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Violation(String path, String code, String message) {

  /**
   * Checks the components.
   *
   * @param path the JSON Pointer
   * @param code the stable code
   * @param message the message
   * @throws NullPointerException if a component is {@code null}
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
