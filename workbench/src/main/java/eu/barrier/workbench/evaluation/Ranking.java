package eu.barrier.workbench.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Subjects sorted by score, highest first, with tied scores grouped; computes ROC AUC and average
 * precision for any bootstrap weights in one pass.
 */
final class Ranking {

  private final int[] order;
  private final int[] groupEnd;
  private final double[] groupScore;
  private final boolean[] labels;

  Ranking(double[] scores, boolean[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException("scores and labels have the same length");
    }
    int n = scores.length;
    this.labels = labels;
    // sort indices by score descending, then index ascending: a total, stable order
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> {
      int c = Double.compare(scores[b], scores[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    int[] ends = new int[n];
    double[] values = new double[n];
    int groups = 0;
    for (int i = 0; i < n; i++) {
      if (i == n - 1 || Double.compare(scores[order[i]], scores[order[i + 1]]) != 0) {
        ends[groups] = i + 1;
        values[groups] = scores[order[i]];
        groups++;
      }
    }
    groupEnd = Arrays.copyOf(ends, groups);
    groupScore = Arrays.copyOf(values, groups);
  }

  /** Per group (highest score first): weighted positives and negatives. */
  private long[][] groupCounts(int[] weights) {
    int g = groupEnd.length;
    long[] pos = new long[g];
    long[] neg = new long[g];
    int start = 0;
    for (int k = 0; k < g; k++) {
      long p = 0;
      long q = 0;
      for (int i = start; i < groupEnd[k]; i++) {
        int s = order[i];
        int w = weights == null ? 1 : weights[s];
        if (labels[s]) {
          p += w;
        } else {
          q += w;
        }
      }
      pos[k] = p;
      neg[k] = q;
      start = groupEnd[k];
    }
    return new long[][] {pos, neg};
  }

  /** The ROC AUC: the Mann–Whitney statistic with ties counted half; NaN without both classes. */
  double rocAuc(int[] weights) {
    long[][] c = groupCounts(weights);
    long[] pos = c[0];
    long[] neg = c[1];
    long negBelow = 0;
    long twiceSum = 0;
    long p = 0;
    for (int k = pos.length - 1; k >= 0; k--) {
      twiceSum += pos[k] * (2 * negBelow + neg[k]);
      negBelow += neg[k];
      p += pos[k];
    }
    if (p == 0 || negBelow == 0) {
      return Double.NaN;
    }
    return twiceSum / (2.0 * p * negBelow);
  }

  /** Average precision, tied scores forming one threshold; NaN without positives. */
  double averagePrecision(int[] weights) {
    long[][] c = groupCounts(weights);
    long[] pos = c[0];
    long[] neg = c[1];
    long total = 0;
    for (long p : pos) {
      total += p;
    }
    if (total == 0) {
      return Double.NaN;
    }
    long tp = 0;
    long fp = 0;
    double ap = 0;
    for (int k = 0; k < pos.length; k++) {
      tp += pos[k];
      fp += neg[k];
      if (pos[k] > 0) {
        ap += ((double) pos[k] / total) * ((double) tp / (tp + fp));
      }
    }
    return ap;
  }

  /** The ROC curve from (0,0) to (1,1), one point per threshold, thinned to at most maxPoints. */
  List<CurvePoint> roc(int maxPoints) {
    long[][] c = groupCounts(null);
    long p = Arrays.stream(c[0]).sum();
    long q = Arrays.stream(c[1]).sum();
    List<CurvePoint> points = new ArrayList<>();
    points.add(new CurvePoint(0, 0, Double.POSITIVE_INFINITY));
    long tp = 0;
    long fp = 0;
    for (int k = 0; k < groupEnd.length; k++) {
      tp += c[0][k];
      fp += c[1][k];
      points.add(new CurvePoint(q == 0 ? 0 : (double) fp / q, p == 0 ? 0 : (double) tp / p, groupScore[k]));
    }
    return thin(points, maxPoints);
  }

  /** The precision-recall curve, one point per threshold, thinned to at most maxPoints. */
  List<CurvePoint> pr(int maxPoints) {
    long[][] c = groupCounts(null);
    long p = Arrays.stream(c[0]).sum();
    List<CurvePoint> points = new ArrayList<>();
    long tp = 0;
    long fp = 0;
    for (int k = 0; k < groupEnd.length; k++) {
      tp += c[0][k];
      fp += c[1][k];
      points.add(new CurvePoint(p == 0 ? 0 : (double) tp / p, (double) tp / (tp + fp), groupScore[k]));
    }
    return thin(points, maxPoints);
  }

  static List<CurvePoint> thin(List<CurvePoint> points, int maxPoints) {
    int m = points.size();
    if (m <= maxPoints) {
      return List.copyOf(points);
    }
    List<CurvePoint> kept = new ArrayList<>(maxPoints);
    int last = -1;
    for (int k = 0; k < maxPoints; k++) {
      int i = (int) Math.round((double) k * (m - 1) / (maxPoints - 1));
      if (i != last) {
        kept.add(points.get(i));
        last = i;
      }
    }
    return List.copyOf(kept);
  }
}
