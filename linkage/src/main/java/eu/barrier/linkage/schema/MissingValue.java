package eu.barrier.linkage.schema;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A feature's {@code missingValue}: a value exactly equal to the sentinel (case and spaces
 * included) is not validated and is hashed as {@code replaceWith}; an empty replacement sets no
 * bits.
 *
 * @param sentinel the text that marks a missing value, for example {@code ""} or {@code "N/A"}
 * @param replaceWith what is hashed instead; the sentinel itself when the schema gives none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record MissingValue(String sentinel, String replaceWith) {

  /**
   * Checks that neither is {@code null}.
   *
   * @param sentinel the sentinel
   * @param replaceWith the replacement
   */
  public MissingValue {
    Objects.requireNonNull(sentinel, "sentinel");
    Objects.requireNonNull(replaceWith, "replaceWith");
  }
}
