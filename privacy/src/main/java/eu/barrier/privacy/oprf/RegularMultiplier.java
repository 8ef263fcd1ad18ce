package eu.barrier.privacy.oprf;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * Variable-base scalar multiplication for secret scalars on a 256-bit prime-order curve, built on
 * BouncyCastle's public point arithmetic only, with an operation sequence that does not depend on
 * the scalar.
 *
 * <ul>
 *   <li><b>Odd scalar without a branch.</b> The scalar k (below the order n) is replaced by k or by
 *       n − k, whichever is odd (n is odd), chosen by a mask over a fixed-length array of 32-bit
 *       limbs; when n − k was taken, every digit is negated by the same mask, so the product is
 *       still k·P and no {@code if} looks at a bit of the scalar.
 *   <li><b>Regular recoding.</b> The odd scalar is written as {@link #windows()} signed digits of
 *       width w, every one odd and non-zero, in [−(2^w − 1), 2^w − 1] (the odd-only signed-digit
 *       recoding of Joye and Tunstall, "Exponent recoding and regular exponentiation algorithms",
 *       AFRICACRYPT 2009): digit i is (k mod 2^(w+1)) − 2^w, then k becomes (k − digit) / 2^w, which
 *       stays odd; the last digit is what is left. Every window therefore costs w doublings and
 *       exactly one addition, for every scalar.
 *   <li><b>Table read without secret addresses.</b> The odd multiples {1, 3, …, 2^w − 1}·P and
 *       their negatives are normalised for a whole batch with one field inversion ({@link
 *       ECCurve#normalizeAll}, Montgomery's trick) and read through {@link
 *       ECCurve#createCacheSafeLookupTable} with {@link ECLookupTable#lookup}, which reads every
 *       entry and keeps the wanted one by masking.
 *   <li><b>Randomised projective coordinates.</b> The accumulator starts as the top digit's table
 *       entry T plus a secret random point R (the mask, fresh per call), minus R: the same point,
 *       but in Jacobian coordinates its Z is the product of the two additions' differences of
 *       x-coordinates scaled by Z², (x_R − x_T)·(x_R·Z² − X) with (X, Z) the intermediate sum,
 *       which an observer who knows P and k but not R cannot predict. Every later intermediate
 *       point is then processed in a representation (λ²X, λ³Y, λZ) with that unknown λ, the
 *       countermeasure of randomised projective coordinates (J.-S. Coron, "Resistance against
 *       differential power analysis for elliptic curve cryptosystems", CHES 1999). BouncyCastle
 *       offers no public way to set Z directly.
 * </ul>
 *
 * <p>What this does not give: BouncyCastle's field arithmetic for this curve is not constant-time
 * (its addition, subtraction, doubling and the reduction after every multiplication branch on a
 * carry or on a comparison with p that stops at the first differing limb), so this multiplier
 * fixes the sequence of point operations, not the time of each; its point addition checks
 * for the exceptional cases (equal points, the identity), which the recoding of a scalar below the
 * order reaches only when the odd scalar is within 2^(w+1) of the order (the scalar within that of
 * zero or of the order), or when the first table entry is ±R; the conversion of the scalar from
 * {@link BigInteger}, which is not constant-time, happens once per call. The table entries are
 * affine multiples of the (possibly attacker-chosen) point and are read in the same order in every
 * run for one scalar: the random Z covers the accumulator, not them, so unlike a randomised scalar
 * this does not hinder averaging many power or electromagnetic traces against the look-ups.
 */
final class RegularMultiplier {

  private static final int LIMBS = 9;

  private final ECCurve curve;
  private final int width;
  private final int windows;
  private final int[] order;

  /**
   * A multiplier of window width {@code width} for scalars below {@code order}.
   *
   * @param curve the curve
   * @param order its (odd, 256-bit) group order
   * @param width the window width w, 2 to 7
   */
  RegularMultiplier(ECCurve curve, BigInteger order, int width) {
    if (width < 2 || width > 7 || order.bitLength() != 256 || !order.testBit(0)) {
      throw new IllegalArgumentException("width 2 to 7 and an odd 256-bit order");
    }
    this.curve = curve;
    this.width = width;
    this.windows = (256 + width - 1) / width;
    this.order = limbs(order);
  }

  /** The number of digits of every recoded scalar, that is of table look-ups and additions. */
  int windows() {
    return windows;
  }

  /**
   * The tables this multiplier reads: 2^(w−1) odd multiples of each point and their negatives.
   *
   * @param points points of the curve other than the identity
   * @return the tables, normalised with one field inversion for the batch
   */
  OddMultiples tables(ECPoint[] points) {
    return OddMultiples.of(curve, points, 1 << (width - 1), true);
  }

  /**
   * k_i·P_i for every point P_i of the tables and its own scalar k_i, normalised together.
   *
   * @param tables the points' tables from {@link #tables}
   * @param scalars scalars in [0, n), one per point; one recoding serves consecutive points that
   *     share one scalar object
   * @param mask a normalised secret random point R other than the identity (see the class comment)
   * @return the products, normalised with one field inversion for the batch
   */
  ECPoint[] multiply(OddMultiples tables, BigInteger[] scalars, ECPoint mask) {
    ECPoint negatedMask = mask.negate();
    ECPoint[] out = new ECPoint[tables.points()];
    int[] indices = null;
    for (int i = 0; i < out.length; i++) {
      if (indices == null || scalars[i] != scalars[i - 1]) {
        indices = indices(recode(scalars[i]));
      }
      ECLookupTable table = tables.lookupTable(i);
      ECPoint acc = table.lookup(indices[windows - 1]).add(mask).add(negatedMask);
      for (int d = windows - 2; d >= 0; d--) {
        acc = acc.timesPow2(width).add(table.lookup(indices[d]));
      }
      out[i] = acc;
    }
    curve.normalizeAll(out);
    return out;
  }

  /**
   * The signed digits of k, least significant first: {@link #windows()} odd digits in [−(2^w −
   * 1), 2^w − 1] with k ≡ Σ digit_i·2^(w·i) (mod n). Computed with the same operations for every
   * scalar.
   *
   * @param k a scalar in [0, n)
   * @return the digits
   */
  int[] recode(BigInteger k) {
    int[] scalar = limbs(k);
    // n − k, on LIMBS limbs; n and k are below 2^256 so the ninth limb stays 0
    int[] negated = new int[LIMBS];
    long borrow = 0;
    for (int j = 0; j < LIMBS; j++) {
      long d = (order[j] & 0xffffffffL) - (scalar[j] & 0xffffffffL) + borrow;
      negated[j] = (int) d;
      borrow = d >> 32;
    }
    // even = −1 when k is even (take n − k, which is odd, and negate the digits), else 0
    int even = (scalar[0] & 1) - 1;
    for (int j = 0; j < LIMBS; j++) {
      scalar[j] ^= (scalar[j] ^ negated[j]) & even;
    }
    int[] digits = new int[windows];
    int low = (1 << (width + 1)) - 1;
    for (int i = 0; i < windows - 1; i++) {
      int digit = (scalar[0] & low) - (1 << width);
      digits[i] = (digit ^ even) - even;
      long carry = -(long) digit;
      for (int j = 0; j < LIMBS; j++) {
        long s = (scalar[j] & 0xffffffffL) + carry;
        scalar[j] = (int) s;
        carry = s >> 32;
      }
      for (int j = 0; j < LIMBS - 1; j++) {
        scalar[j] = (scalar[j] >>> width) | (scalar[j + 1] << (32 - width));
      }
      scalar[LIMBS - 1] >>>= width;
    }
    digits[windows - 1] = (scalar[0] ^ even) - even;
    return digits;
  }

  /** Table indices of digits: (|d| − 1) / 2 for a positive d, 2^(w−1) more for a negative one. */
  private int[] indices(int[] digits) {
    int half = 1 << (width - 1);
    int[] out = new int[digits.length];
    for (int i = 0; i < digits.length; i++) {
      int sign = digits[i] >> 31;
      int magnitude = (digits[i] ^ sign) - sign;
      out[i] = (magnitude >>> 1) + (sign & half);
    }
    return out;
  }

  /** Little-endian 32-bit limbs of a non-negative value below 2^256, with one spare limb. */
  private static int[] limbs(BigInteger value) {
    byte[] bytes = BigIntegers.asUnsignedByteArray(32, value);
    int[] out = new int[LIMBS];
    for (int j = 0; j < 8; j++) {
      int at = 32 - 4 * (j + 1);
      out[j] = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }
    return out;
  }
}
