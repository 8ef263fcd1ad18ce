package eu.barrier.privacy.oprf;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The odd multiples {1, 3, …, 2·m − 1}·P_i of a batch of points, and optionally their negatives,
 * normalised together with one field inversion ({@link ECCurve#normalizeAll}, Montgomery's
 * trick). Shared by the regular multiplier for secret scalars and the interleaved sum for public
 * ones, so a batch that needs both builds its tables once.
 */
final class OddMultiples {

  private final ECCurve curve;
  private final ECPoint[] entries;
  private final int positives;
  private final int stride;

  private OddMultiples(ECCurve curve, ECPoint[] entries, int positives, int stride) {
    this.curve = curve;
    this.entries = entries;
    this.positives = positives;
    this.stride = stride;
  }

  /**
   * Builds the tables: one doubling and m − 1 additions per point, then one inversion.
   *
   * @param curve the curve of the points
   * @param points points other than the identity
   * @param positives m, the number of positive odd multiples per point
   * @param negatives whether to store −(2j + 1)·P_i after them (index m + j)
   * @return the tables
   */
  static OddMultiples of(ECCurve curve, ECPoint[] points, int positives, boolean negatives) {
    int stride = negatives ? 2 * positives : positives;
    ECPoint[] entries = new ECPoint[points.length * stride];
    ECPoint[] positive = new ECPoint[points.length * positives];
    for (int i = 0; i < points.length; i++) {
      int base = i * positives;
      positive[base] = points[i];
      if (positives > 1) {
        ECPoint twice = points[i].twice();
        for (int j = 1; j < positives; j++) {
          positive[base + j] = positive[base + j - 1].add(twice);
        }
      }
    }
    curve.normalizeAll(positive);
    for (int i = 0; i < points.length; i++) {
      for (int j = 0; j < positives; j++) {
        ECPoint p = positive[i * positives + j];
        entries[i * stride + j] = p;
        if (negatives) {
          entries[i * stride + positives + j] = p.negate();
        }
      }
    }
    return new OddMultiples(curve, entries, positives, stride);
  }

  /** The number of points. */
  int points() {
    return entries.length / stride;
  }

  /** m: the number of positive odd multiples per point. */
  int positives() {
    return positives;
  }

  /** (2j + 1)·P_i, normalised, for j below {@link #positives()}. */
  ECPoint positive(int point, int j) {
    return entries[point * stride + j];
  }

  /**
   * The table of point i for reads that do not depend on the index ({@link ECLookupTable#lookup}
   * reads every entry and masks): entry j is (2j + 1)·P_i below m and −(2(j − m) + 1)·P_i from m.
   *
   * @throws IllegalStateException if the tables were built without negatives
   */
  ECLookupTable lookupTable(int point) {
    if (stride != 2 * positives) {
      throw new IllegalStateException("built without negatives");
    }
    return curve.createCacheSafeLookupTable(entries, point * stride, stride);
  }
}
