package eu.barrier.benchmarks;

import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.ClkSet;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Dice scan of 1024-bit CLKs, in comparisons per second, against a bare {@code Long.bitCount}
 * loop over the same data in the same run.
 *
 * <p>The data are anonlink's benchmark data: random 1024-bit filters (each bit set with
 * probability 1/2), the second set drawn from an overlapping range of the same pool, so a few pairs
 * are identical. Each invocation compares all {@value #ROWS_A} x {@value #ROWS_B} pairs.
 *
 * <ul>
 *   <li>{@link #search}: {@code CandidateSearch} at {@code threshold} (0.7 as in anonlink's
 *       kernel-bound figures) on {@code threads} threads: popcount bound, AND-popcount, threshold,
 *       collecting and sorting the candidate pairs;
 *   <li>{@link #baselineBitCount}: the sum of {@code Long.bitCount(a[k] & b[k])} over the 16 words of
 *       every pair in a plain loop, nothing else, one thread;
 *   <li>{@link #baselineBitCountUnrolled}: the same sum written as the scan's kernel is written (the
 *       row's 16 words in locals, unrolled): the primitive's best case.
 * </ul>
 *
 * <p>Report {@code search / baselineBitCountUnrolled} (and {@code / baselineBitCount}) at one thread (the cost of everything around the
 * primitive) and {@code search} at 2 threads against 1 (scaling). Run (from the repository root):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar DiceScanBenchmark -f 1 -wi 5 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DiceScanBenchmark {

  static final int ROWS_A = 1000;
  static final int ROWS_B = 4000;
  static final int WORDS = 16;

  /** The two CLK sets. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"0.7"})
    public double threshold;

    /** Threads of {@link #search}; the baselines run on one. */
    @Param({"1", "2"})
    public int threads;

    long[] a;
    long[] b;
    ClkSet setA;
    ClkSet setB;
    CandidateSearch search;

    /** Draws anonlink-style random filters: A from pool[0, 0.8 n), B from pool[0.2 n, n). */
    @Setup(Level.Trial)
    public void setUp() {
      SplittableRandom random = new SplittableRandom(20261128);
      int pool = ROWS_B * 5 / 4;
      long[] filters = new long[pool * WORDS];
      for (int i = 0; i < filters.length; i++) {
        filters[i] = random.nextLong();
      }
      a = new long[ROWS_A * WORDS];
      b = new long[ROWS_B * WORDS];
      for (int i = 0; i < ROWS_A; i++) {
        System.arraycopy(filters, random.nextInt(pool * 4 / 5) * WORDS, a, i * WORDS, WORDS);
      }
      for (int i = 0; i < ROWS_B; i++) {
        System.arraycopy(filters, (pool / 5 + random.nextInt(pool * 4 / 5)) * WORDS, b, i * WORDS, WORDS);
      }
      setA = ClkSet.ofWords(a, WORDS);
      setB = ClkSet.ofWords(b, WORDS);
      search = CandidateSearch.withThreshold(threshold).threads(threads);
      if (search.search(setA, setB).isEmpty()) {
        throw new IllegalStateException("the data should hold some identical pairs");
      }
    }
  }

  /**
   * All candidate pairs at the threshold.
   *
   * @param d the data
   * @return the number of candidate pairs
   */
  @Benchmark
  @OperationsPerInvocation(ROWS_A * ROWS_B)
  public int search(Data d) {
    return d.search.search(d.setA, d.setB).size();
  }

  /**
   * The bare primitive written as the scan writes it: the 16 words of the row in locals, the AND
   * and popcount of every pair summed, nothing else.
   *
   * @param d the data
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(ROWS_A * ROWS_B)
  public long baselineBitCountUnrolled(Data d) {
    long[] a = d.a;
    long[] b = d.b;
    long sum = 0;
    for (int i = 0; i < ROWS_A; i++) {
      int x = i * WORDS;
      long a0 = a[x];
      long a1 = a[x + 1];
      long a2 = a[x + 2];
      long a3 = a[x + 3];
      long a4 = a[x + 4];
      long a5 = a[x + 5];
      long a6 = a[x + 6];
      long a7 = a[x + 7];
      long a8 = a[x + 8];
      long a9 = a[x + 9];
      long a10 = a[x + 10];
      long a11 = a[x + 11];
      long a12 = a[x + 12];
      long a13 = a[x + 13];
      long a14 = a[x + 14];
      long a15 = a[x + 15];
      for (int j = 0; j < ROWS_B; j++) {
        int o = j * WORDS;
        sum += Long.bitCount(a0 & b[o]) + Long.bitCount(a1 & b[o + 1])
            + Long.bitCount(a2 & b[o + 2]) + Long.bitCount(a3 & b[o + 3])
            + Long.bitCount(a4 & b[o + 4]) + Long.bitCount(a5 & b[o + 5])
            + Long.bitCount(a6 & b[o + 6]) + Long.bitCount(a7 & b[o + 7])
            + Long.bitCount(a8 & b[o + 8]) + Long.bitCount(a9 & b[o + 9])
            + Long.bitCount(a10 & b[o + 10]) + Long.bitCount(a11 & b[o + 11])
            + Long.bitCount(a12 & b[o + 12]) + Long.bitCount(a13 & b[o + 13])
            + Long.bitCount(a14 & b[o + 14]) + Long.bitCount(a15 & b[o + 15]);
      }
    }
    return sum;
  }

  /**
   * The bare primitive as a plain loop: AND and popcount of every pair's 16 words, summed.
   *
   * @param d the data
   * @return the sum
   */
  @Benchmark
  @OperationsPerInvocation(ROWS_A * ROWS_B)
  public long baselineBitCount(Data d) {
    long[] a = d.a;
    long[] b = d.b;
    long sum = 0;
    for (int i = 0; i < ROWS_A; i++) {
      int x = i * WORDS;
      for (int j = 0; j < ROWS_B; j++) {
        int y = j * WORDS;
        int c = 0;
        for (int k = 0; k < WORDS; k++) {
          c += Long.bitCount(a[x + k] & b[y + k]);
        }
        sum += c;
      }
    }
    return sum;
  }
}
