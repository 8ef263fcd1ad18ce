package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/**
 * {@code bitsPerFeature} (v2 {@code numBits}): a fixed number of bit positions shared by the
 * feature's tokens. With {@code n} tokens each gets {@code bits / n}; the first {@code bits % n}
 * tokens get one more.
 *
 * @param bits the number per feature, at least 1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BitsPerFeature(int bits) implements Strategy {

  /**
   * Checks {@code bits}.
   *
   * @param bits the number per feature
   */
  public BitsPerFeature {
    if (bits < 1) {
      throw new IllegalArgumentException("bitsPerFeature must be at least 1");
    }
  }

  @Override
  public int[] bitsPerToken(int tokens) {
    int[] ks = new int[tokens];
    if (tokens == 0) {
      return ks;
    }
    int k = bits / tokens;
    int residue = bits % tokens;
    for (int i = 0; i < tokens; i++) {
      ks[i] = i < residue ? k + 1 : k;
    }
    return ks;
  }
}
