package eu.barrier.core.internal.json;

import eu.barrier.core.CoreError;
import eu.barrier.core.ErrorCode;

/**
 * One rejected part of a document, without the rejected value.
 *
 * @param code the JSON code
 * @param path the JSON Pointer of the value
 * @param valueRule the code of the value type's own rule, or {@code null}
 * @param safeCause a cause whose message holds no input, or {@code null}
 */
public record Problem(CoreError code, String path, ErrorCode valueRule, Throwable safeCause) {

  /**
   * Returns the code a caller should see first: the value type's rule if there is one, otherwise
   * the JSON code.
   *
   * @return the most specific code
   */
  public ErrorCode specificCode() {
    return valueRule != null ? valueRule : code;
  }

}
