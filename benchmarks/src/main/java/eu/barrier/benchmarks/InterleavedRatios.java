package eu.barrier.benchmarks;

import java.util.Locale;

/**
 * A cross-check of the JMH ratios for machines under varying load: it alternates short batches of
 * each benchmark and its raw baseline in one thread, so that both see the same load, and prints
 * the ratio of the best batches and of the sums. Not a JMH benchmark: no forks, no blackholes (the
 * results are consumed by a checksum); use it next to the JMH figures, not instead of them.
 *
 * <p>Run (from the repository root, after building the benchmarks jar):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar eu.barrier.benchmarks.InterleavedRatios 80
 * </pre>
 */
public final class InterleavedRatios {

  private InterleavedRatios() {}

  /** One measured operation. */
  @FunctionalInterface
  private interface Op {
    Object run() throws Exception;
  }

  /**
   * Runs the comparison.
   *
   * @param args the number of rounds (default 80); the first quarter is warm-up
   * @throws Exception if a benchmark method fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    PseudonymiseBenchmark p = new PseudonymiseBenchmark();
    PseudonymiseBenchmark.Input pin = new PseudonymiseBenchmark.Input();
    pin.setUp();
    compare("pseudonymise / rawHmacSha256", rounds, 20_000, () -> p.pseudonymise(pin), () -> p.rawHmacSha256(pin));
    EnvelopeBenchmark e = new EnvelopeBenchmark();
    EnvelopeBenchmark.Input ein = new EnvelopeBenchmark.Input();
    ein.setUp();
    compare("sealThenOpen / rawPrimitives", rounds, 100, () -> e.sealThenOpen(ein), () -> e.rawPrimitives(ein));
    oprf(rounds);
  }

  /** RFC 9497 POPRF per element against the raw P-256 scalar multiplication, and pk2 against pk1. */
  private static void oprf(int rounds) throws Exception {
    OprfBenchmark o = new OprfBenchmark();
    for (int size : new int[] {1, 100}) {
      OprfBenchmark.Input in = new OprfBenchmark.Input();
      in.batch = size;
      in.setUp();
      compare("blindEvaluate (batch " + size + ") per element / rawScalarMultiplication", rounds, 1,
          () -> o.blindEvaluate(in), () -> times(size, () -> o.rawScalarMultiplication(in)));
    }
    OprfBenchmark.Input in = new OprfBenchmark.Input();
    in.batch = 100;
    in.setUp();
    PseudonymiseBenchmark p = new PseudonymiseBenchmark();
    PseudonymiseBenchmark.Input pin = new PseudonymiseBenchmark.Input();
    pin.setUp();
    compare("pk2 in process (client and service, batch 100) per element / pk1 pseudonymise", rounds, 1,
        () -> o.clientBlindAndFinalize(in), () -> times(100, () -> p.pseudonymise(pin)));
  }

  private static Object times(int n, Op op) throws Exception {
    Object last = null;
    for (int i = 0; i < n; i++) {
      last = op.run();
    }
    return last;
  }

  private static void compare(String name, int rounds, int batch, Op subject, Op baseline) throws Exception {
    long bestSubject = Long.MAX_VALUE;
    long bestBaseline = Long.MAX_VALUE;
    long sumSubject = 0;
    long sumBaseline = 0;
    long checksum = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        checksum += baseline.run().hashCode();
      }
      long t1 = System.nanoTime();
      for (int i = 0; i < batch; i++) {
        checksum += subject.run().hashCode();
      }
      long t2 = System.nanoTime();
      if (r >= rounds / 4) {
        bestBaseline = Math.min(bestBaseline, t1 - t0);
        bestSubject = Math.min(bestSubject, t2 - t1);
        sumBaseline += t1 - t0;
        sumSubject += t2 - t1;
      }
    }
    System.out.printf(Locale.ROOT,
        "%s: subject %.3f us/op, baseline %.3f us/op (best batches); throughput ratio %.0f %% (best), %.0f %% (sums)"
            + " [checksum %d]%n",
        name, bestSubject / 1e3 / batch, bestBaseline / 1e3 / batch, 100.0 * bestBaseline / bestSubject,
        100.0 * sumBaseline / sumSubject, checksum & 0xf);
  }
}
