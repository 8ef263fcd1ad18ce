package eu.barrier.linkage.match;

/** A stable merge sort of indexes by a double key, descending (as numpy's mergesort of negated keys). */
final class StableOrder {

  private StableOrder() {}

  static int[] byDescending(double[] keys) {
    int n = keys.length;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    int[] tmp = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        if (keys[order[mid - 1]] >= keys[order[mid]]) {
          continue;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          tmp[k++] = keys[order[j]] > keys[order[i]] ? order[j++] : order[i++];
        }
        while (i < mid) {
          tmp[k++] = order[i++];
        }
        while (j < hi) {
          tmp[k++] = order[j++];
        }
        System.arraycopy(tmp, lo, order, lo, hi - lo);
      }
    }
    return order;
  }
}
