package eu.barrier.linkage.match;

/**
 * The scan of rows of one set against all of another: anonlink's popcount bound, then the popcount
 * of the AND, compared with the least intersection that reaches the threshold for the pair's
 * popcount sum (a table, so no division per pair); the Dice value is computed only for hits.
 */
final class DiceKernel {

  private DiceKernel() {}

  /**
   * {@code minIntersection[s]}: the least {@code c} with {@code (2.0 * c) / s >= threshold} in
   * double arithmetic, so that {@code c >= minIntersection[s]} holds exactly when the Dice value
   * anonlink computes reaches the threshold ({@code Integer.MAX_VALUE} when no {@code c <= s / 2}
   * does).
   */
  static int[] minIntersection(int bits, double threshold) {
    int[] min = new int[2 * bits + 1];
    min[0] = Integer.MAX_VALUE;
    for (int s = 1; s <= 2 * bits; s++) {
      int c = (int) Math.max(0, Math.min(s / 2 + 1, Math.ceil(threshold * s / 2)));
      while (c > 0 && (2.0 * (c - 1)) / s >= threshold) {
        c--;
      }
      while (c <= s / 2 && (2.0 * c) / s < threshold) {
        c++;
      }
      min[s] = c <= s / 2 ? c : Integer.MAX_VALUE;
    }
    return min;
  }

  /** anonlink's {@code calculate_max_difference}: {@code (uint32) (2 * popcount * (1 / t - 1))}. */
  static long maxDifference(int popcount, double threshold) {
    return (long) (2 * popcount * (1 / threshold - 1));
  }

  /** Scans rows {@code [from, to)} of {@code x} against all of {@code y}. */
  static void scan(ClkSet x, ClkSet y, int from, int to, double threshold, int[] minC, int dsX, int dsY,
      CandidateBuffer out) {
    if (x.wordsPerClk() == 16) {
      scan16(x, y, from, to, threshold, minC, dsX, dsY, out);
    } else {
      scanAny(x, y, from, to, threshold, minC, dsX, dsY, out);
    }
  }

  private static void scanAny(ClkSet x, ClkSet y, int from, int to, double threshold, int[] minC, int dsX, int dsY,
      CandidateBuffer out) {
    long[] xw = x.words();
    long[] yw = y.words();
    int[] xp = x.popcounts();
    int[] yp = y.popcounts();
    int w = x.wordsPerClk();
    int ny = y.size();
    long comparisons = 0;
    for (int i = from; i < to; i++) {
      int pa = xp[i];
      if (pa == 0) {
        continue;
      }
      long maxDelta = maxDifference(pa, threshold);
      int xo = i * w;
      for (int j = 0; j < ny; j++) {
        int pb = yp[j];
        if (Math.abs(pa - pb) > maxDelta) {
          continue;
        }
        comparisons++;
        int yo = j * w;
        int c = 0;
        for (int k = 0; k < w; k++) {
          c += Long.bitCount(xw[xo + k] & yw[yo + k]);
        }
        if (c >= minC[pa + pb]) {
          out.add(dsX, i, dsY, j, Dice.of(c, pa, pb));
        }
      }
    }
    out.comparisons += comparisons;
  }

  /**
   * The same for 1024-bit CLKs, unrolled, with the row's 16 words held in locals. After 12 words
   * the pair is dropped when even a full overlap of the last 4 words (at most the smaller of their
   * popcounts) could not reach the threshold: exact, and most unrelated pairs stop there.
   */
  private static void scan16(ClkSet x, ClkSet y, int from, int to, double threshold, int[] minC, int dsX, int dsY,
      CandidateBuffer out) {
    long[] xw = x.words();
    long[] yw = y.words();
    int[] xp = x.popcounts();
    int[] yp = y.popcounts();
    int[] xt = x.tails();
    int[] yt = y.tails();
    int ny = y.size();
    long comparisons = 0;
    for (int i = from; i < to; i++) {
      int pa = xp[i];
      if (pa == 0) {
        continue;
      }
      int ta = xt[i];
      long maxDelta = maxDifference(pa, threshold);
      int xo = i * 16;
      long a0 = xw[xo];
      long a1 = xw[xo + 1];
      long a2 = xw[xo + 2];
      long a3 = xw[xo + 3];
      long a4 = xw[xo + 4];
      long a5 = xw[xo + 5];
      long a6 = xw[xo + 6];
      long a7 = xw[xo + 7];
      long a8 = xw[xo + 8];
      long a9 = xw[xo + 9];
      long a10 = xw[xo + 10];
      long a11 = xw[xo + 11];
      long a12 = xw[xo + 12];
      long a13 = xw[xo + 13];
      long a14 = xw[xo + 14];
      long a15 = xw[xo + 15];
      for (int j = 0; j < ny; j++) {
        int pb = yp[j];
        if (Math.abs(pa - pb) > maxDelta) {
          continue;
        }
        comparisons++;
        int o = j * 16;
        int need = minC[pa + pb];
        int c = Long.bitCount(a0 & yw[o]) + Long.bitCount(a1 & yw[o + 1])
            + Long.bitCount(a2 & yw[o + 2]) + Long.bitCount(a3 & yw[o + 3])
            + Long.bitCount(a4 & yw[o + 4]) + Long.bitCount(a5 & yw[o + 5])
            + Long.bitCount(a6 & yw[o + 6]) + Long.bitCount(a7 & yw[o + 7])
            + Long.bitCount(a8 & yw[o + 8]) + Long.bitCount(a9 & yw[o + 9])
            + Long.bitCount(a10 & yw[o + 10]) + Long.bitCount(a11 & yw[o + 11]);
        if (c + Math.min(ta, yt[j]) < need) {
          continue;
        }
        c += Long.bitCount(a12 & yw[o + 12]) + Long.bitCount(a13 & yw[o + 13])
            + Long.bitCount(a14 & yw[o + 14]) + Long.bitCount(a15 & yw[o + 15]);
        if (c >= need) {
          out.add(dsX, i, dsY, j, Dice.of(c, pa, pb));
        }
      }
    }
    out.comparisons += comparisons;
  }
}
