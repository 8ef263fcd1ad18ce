package eu.barrier.linkage.match;

import eu.barrier.linkage.clk.Clk;
import org.apiguardian.api.API;

/**
 * The Sørensen-Dice coefficient of two CLKs, {@code 2 |a AND b| / (|a| + |b|)}, computed as
 * anonlink does: as a double, and 0.0 when either CLK has no bit set.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Dice {

  private Dice() {}

  /**
   * Returns the Dice coefficient of two CLKs of equal length.
   *
   * @param a one CLK
   * @param b another CLK of the same length
   * @return the coefficient in {@code [0, 1]}
   * @throws IllegalArgumentException if the lengths differ
   */
  public static double coefficient(Clk a, Clk b) {
    if (a.bitLength() != b.bitLength()) {
      throw new IllegalArgumentException("CLKs of different lengths");
    }
    byte[] x = a.toBytes();
    byte[] y = b.toBytes();
    int ab = 0;
    int pa = 0;
    int pb = 0;
    for (int i = 0; i < x.length; i++) {
      ab += Integer.bitCount(x[i] & y[i] & 0xFF);
      pa += Integer.bitCount(x[i] & 0xFF);
      pb += Integer.bitCount(y[i] & 0xFF);
    }
    return of(ab, pa, pb);
  }

  /**
   * Returns the coefficient from the counts: {@code 2 * intersection / (popA + popB)} in double
   * arithmetic, 0.0 when either popcount is 0.
   *
   * @param intersection the popcount of {@code a AND b}
   * @param popA the popcount of {@code a}
   * @param popB the popcount of {@code b}
   * @return the coefficient
   */
  public static double of(int intersection, int popA, int popB) {
    if (popA == 0 || popB == 0) {
      return 0.0;
    }
    return (2.0 * intersection) / (double) (popA + popB);
  }
}
