package eu.barrier.linkage.match;

import java.util.Arrays;

/** Growable primitive arrays of candidate pairs, filled by one thread. */
final class CandidateBuffer {

  double[] dice = new double[16];
  int[] datasetA = new int[16];
  int[] a = new int[16];
  int[] datasetB = new int[16];
  int[] b = new int[16];
  int size;
  long comparisons;

  void add(int dsA, int ra, int dsB, int rb, double d) {
    if (size == dice.length) {
      int n = size * 2;
      dice = Arrays.copyOf(dice, n);
      datasetA = Arrays.copyOf(datasetA, n);
      a = Arrays.copyOf(a, n);
      datasetB = Arrays.copyOf(datasetB, n);
      b = Arrays.copyOf(b, n);
    }
    dice[size] = d;
    datasetA[size] = dsA;
    a[size] = ra;
    datasetB[size] = dsB;
    b[size] = rb;
    size++;
  }
}
