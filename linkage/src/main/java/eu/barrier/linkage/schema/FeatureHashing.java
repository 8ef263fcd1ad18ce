package eu.barrier.linkage.schema;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A feature's {@code hashing}: hash function, tokenisation, bits per token and missing values.
 *
 * @param hash the hash function
 * @param comparison the tokenisation
 * @param strategy the bits per token
 * @param missingValue the missing-value sentinel, if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FeatureHashing(HashFunction hash, Comparison comparison, Strategy strategy,
    Optional<MissingValue> missingValue) {

  /**
   * Checks that no component is {@code null}.
   *
   * @param hash the hash function
   * @param comparison the tokenisation
   * @param strategy the bits per token
   * @param missingValue the missing-value sentinel, if any
   */
  public FeatureHashing {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(missingValue, "missingValue");
  }
}
