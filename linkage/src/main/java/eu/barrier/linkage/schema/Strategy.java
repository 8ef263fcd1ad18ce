package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/** A feature's {@code strategy}: how many bits each of its tokens sets. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface Strategy permits BitsPerToken, BitsPerFeature {

  /**
   * Returns the number of bit positions for each token.
   *
   * @param tokens the number of tokens of the value, at least 0
   * @return one count per token
   */
  int[] bitsPerToken(int tokens);
}
