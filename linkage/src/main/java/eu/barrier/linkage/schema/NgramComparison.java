package eu.barrier.linkage.schema;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code ngram}: the value padded with {@code n - 1} spaces on both sides, cut into every run of
 * {@code n} code points; positional tokens are prefixed with their 1-based position and a space
 * ({@code "1  j"}, {@code "2 ja"}, ...).
 *
 * @param n the n of n-gram, at least 1
 * @param positional whether tokens carry their position
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record NgramComparison(int n, boolean positional) implements Comparison {

  /**
   * Checks {@code n}.
   *
   * @param n the n of n-gram
   * @param positional whether tokens carry their position
   */
  public NgramComparison {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
  }

  @Override
  public List<String> tokens(String value) {
    if (value.isEmpty()) {
      return List.of();
    }
    int[] cps = value.codePoints().toArray();
    int pad = n - 1;
    int[] padded = new int[cps.length + 2 * pad];
    java.util.Arrays.fill(padded, ' ');
    System.arraycopy(cps, 0, padded, pad, cps.length);
    int count = padded.length - n + 1;
    List<String> tokens = new ArrayList<>(Math.max(count, 0));
    for (int i = 0; i < count; i++) {
      String gram = new String(padded, i, n);
      tokens.add(positional ? (i + 1) + " " + gram : gram);
    }
    return tokens;
  }
}
