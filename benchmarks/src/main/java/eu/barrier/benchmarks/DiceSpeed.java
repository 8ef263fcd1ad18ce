package eu.barrier.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A cross-check of {@link DiceScanBenchmark} for a shared machine: it alternates the Dice search
 * and the bare unrolled popcount loop on the same data and reports comparisons per second of wall
 * time and per second of this thread's CPU time (best of the rounds), the CPU figure being the one
 * to compare with anonlink's {@code time.process_time()} on a busy machine. Not a JMH benchmark;
 * use it next to the JMH figures.
 *
 * <p>Run (from the repository root, after building the benchmarks jar):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar eu.barrier.benchmarks.DiceSpeed 20
 * </pre>
 */
public final class DiceSpeed {

  private DiceSpeed() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds (default 20); the first quarter is warm-up
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    DiceScanBenchmark bench = new DiceScanBenchmark();
    DiceScanBenchmark.Data d = new DiceScanBenchmark.Data();
    d.threshold = 0.7;
    d.threads = 1;
    d.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double comparisons = (double) DiceScanBenchmark.ROWS_A * DiceScanBenchmark.ROWS_B;
    double[] best = new double[4];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      for (int which = 0; which < 2; which++) {
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int rep = 0; rep < 5; rep++) {
          sink += which == 0 ? bench.search(d) : bench.baselineBitCountUnrolled(d);
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        if (r >= rounds / 4) {
          best[2 * which] = Math.max(best[2 * which], 5 * comparisons / wall);
          best[2 * which + 1] = Math.max(best[2 * which + 1], 5 * comparisons / cpu);
        }
      }
    }
    System.out.printf(Locale.ROOT, "search 1 thread:   %.1f M/s wall, %.1f M/CPU-s%n", best[0] / 1e6, best[1] / 1e6);
    System.out.printf(Locale.ROOT, "bitCount unrolled: %.1f M/s wall, %.1f M/CPU-s%n", best[2] / 1e6, best[3] / 1e6);
    System.out.printf(Locale.ROOT, "ratio search / baseline: %.2f (wall), %.2f (CPU)  [checksum %d]%n",
        best[0] / best[2], best[1] / best[3], sink);
  }
}
