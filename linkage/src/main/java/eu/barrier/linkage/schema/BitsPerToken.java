package eu.barrier.linkage.schema;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * {@code bitsPerToken} (v2 {@code k}): every token gets the same number of bit positions.
 *
 * @param k the number per token, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BitsPerToken(int k) implements Strategy {

  /**
   * Checks {@code k}.
   *
   * @param k the number per token
   */
  public BitsPerToken {
    if (k < 1) {
      throw new IllegalArgumentException("bitsPerToken must be at least 1");
    }
  }

  @Override
  public int[] bitsPerToken(int tokens) {
    int[] ks = new int[tokens];
    Arrays.fill(ks, k);
    return ks;
  }
}
