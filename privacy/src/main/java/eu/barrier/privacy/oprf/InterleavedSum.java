package eu.barrier.privacy.oprf;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

/**
 * The sum of k_i·P_i for <b>public</b> scalars and points (Straus's interleaving with a window-NAF
 * per scalar), variable-time: one accumulator is doubled once per bit and receives the table entry
 * of every non-zero digit. Unlike BouncyCastle's {@code ECAlgorithms.sumOfMultiplies}, which
 * normalises the table of each point with its own field inversion, it reads tables of all points
 * normalised together with one inversion ({@link OddMultiples}), possibly already built for a
 * secret multiplication of the same points; the digits are BouncyCastle's {@link
 * WNafUtil#generateWindowNaf}.
 */
final class InterleavedSum {

  private InterleavedSum() {}

  /**
   * Σ k_i·P_i, not normalised.
   *
   * @param curve the curve of the points
   * @param tables the points' odd multiples, at least 2^(w−2) per point
   * @param scalars non-negative public scalars, one per point of the tables
   * @param width the window width w of the NAF, 2 to 8
   * @return the sum
   */
  static ECPoint sum(ECCurve curve, OddMultiples tables, BigInteger[] scalars, int width) {
    if (tables.positives() < 1 << (width - 2)) {
      throw new IllegalArgumentException("the tables are too small for width " + width);
    }
    byte[][] nafs = new byte[scalars.length][];
    int length = 0;
    for (int i = 0; i < scalars.length; i++) {
      nafs[i] = WNafUtil.generateWindowNaf(width, scalars[i]);
      length = Math.max(length, nafs[i].length);
    }
    ECPoint acc = curve.getInfinity();
    for (int bit = length - 1; bit >= 0; bit--) {
      acc = acc.twice();
      for (int i = 0; i < nafs.length; i++) {
        int digit = bit < nafs[i].length ? nafs[i][bit] : 0;
        if (digit != 0) {
          ECPoint entry = tables.positive(i, (digit < 0 ? -digit : digit) >>> 1);
          acc = acc.add(digit < 0 ? entry.negate() : entry);
        }
      }
    }
    return acc;
  }
}
