package eu.barrier.linkage.match;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * Candidate pairs in anonlink's order: Dice coefficient descending, then first dataset, second
 * dataset, first record and second record ascending. Stored in primitive arrays; the list view
 * creates a {@link CandidatePair} per access. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Candidates extends AbstractList<CandidatePair> implements RandomAccess {

  private final double[] dice;
  private final int[] datasetA;
  private final int[] a;
  private final int[] datasetB;
  private final int[] b;
  private final long comparisons;
  private final int size;

  Candidates(double[] dice, int[] datasetA, int[] a, int[] datasetB, int[] b, long comparisons) {
    this(dice, datasetA, a, datasetB, b, comparisons, dice.length);
  }

  private Candidates(double[] dice, int[] datasetA, int[] a, int[] datasetB, int[] b, long comparisons, int size) {
    this.dice = dice;
    this.datasetA = datasetA;
    this.a = a;
    this.datasetB = datasetB;
    this.b = b;
    this.comparisons = comparisons;
    this.size = size;
  }

  /**
   * Returns the candidates at or above a higher threshold: a prefix of these, without copying.
   *
   * @param threshold the least Dice coefficient kept
   * @return the candidates with a Dice coefficient of at least {@code threshold}
   */
  public Candidates atLeast(double threshold) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (dice[mid] >= threshold) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return new Candidates(dice, datasetA, a, datasetB, b, comparisons, lo);
  }

  /**
   * Orders pairs as anonlink does; a pair given twice is kept once.
   *
   * @param pairs the pairs, in any order
   * @param comparisons how many Dice coefficients were computed to find them
   * @return the candidates
   */
  public static Candidates of(Collection<CandidatePair> pairs, long comparisons) {
    CandidatePair[] sorted = pairs.toArray(new CandidatePair[0]);
    Arrays.sort(sorted, ORDER);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || !same(sorted[n - 1], sorted[i])) {
        sorted[n++] = sorted[i];
      }
    }
    double[] d = new double[n];
    int[] da = new int[n];
    int[] ra = new int[n];
    int[] db = new int[n];
    int[] rb = new int[n];
    for (int i = 0; i < n; i++) {
      d[i] = sorted[i].dice();
      da[i] = sorted[i].datasetA();
      ra[i] = sorted[i].a();
      db[i] = sorted[i].datasetB();
      rb[i] = sorted[i].b();
    }
    return new Candidates(d, da, ra, db, rb, comparisons);
  }

  private static boolean same(CandidatePair x, CandidatePair y) {
    return x.datasetA() == y.datasetA() && x.a() == y.a() && x.datasetB() == y.datasetB() && x.b() == y.b();
  }

  /** anonlink's order of candidate pairs. */
  static final Comparator<CandidatePair> ORDER = Comparator.comparingDouble(CandidatePair::dice).reversed()
      .thenComparingInt(CandidatePair::datasetA).thenComparingInt(CandidatePair::datasetB)
      .thenComparingInt(CandidatePair::a).thenComparingInt(CandidatePair::b);

  @Override
  public CandidatePair get(int index) {
    java.util.Objects.checkIndex(index, size);
    return new CandidatePair(datasetA[index], a[index], datasetB[index], b[index], dice[index]);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * Returns the Dice coefficient of pair {@code index} without creating the pair.
   *
   * @param index the index
   * @return the coefficient
   */
  public double dice(int index) {
    java.util.Objects.checkIndex(index, size);
    return dice[index];
  }

  /**
   * Returns how many Dice coefficients were computed (pairs pruned by their popcounts or by
   * blocking are not counted).
   *
   * @return the comparisons
   */
  public long comparisons() {
    return comparisons;
  }

  /**
   * Returns the pairs between two given datasets, in the same order.
   *
   * @param first the lower dataset index
   * @param second the higher dataset index
   * @return the pairs
   */
  public List<CandidatePair> between(int first, int second) {
    return stream().filter(p -> p.datasetA() == first && p.datasetB() == second).toList();
  }

  int datasetA(int i) {
    return datasetA[i];
  }

  int a(int i) {
    return a[i];
  }

  int datasetB(int i) {
    return datasetB[i];
  }

  int b(int i) {
    return b[i];
  }

  @Override
  public String toString() {
    return "Candidates[" + size() + " pairs, " + comparisons + " comparisons]";
  }
}
