package eu.barrier.linkage.schema;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A feature's {@code comparison}: how a formatted value is cut into tokens, as clkhash's {@code
 * comparators.py}. An empty value gives no tokens. Tokens are neither deduplicated nor reordered.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Comparison permits NgramComparison, ExactComparison, NumericComparison {

  /**
   * Cuts a formatted value into tokens.
   *
   * @param value the formatted value
   * @return the tokens in order; empty for an empty value
   * @throws IllegalArgumentException if a numeric comparison gets a value that is not a finite
   *     number (check values with {@link Feature#check} first)
   */
  List<String> tokens(String value);
}
