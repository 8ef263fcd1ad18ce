package eu.barrier.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Where the time of the pseudonym service's BlindEvaluate goes, for machines under load. Not a
 * JMH benchmark; use it next to {@link OprfBenchmark} and {@link InterleavedRatios}.
 *
 * <ol>
 *   <li>Ratios in thread CPU time: {@link OprfBenchmark#blindEvaluate} (batch 1 and 100) and its
 *       raw baseline {@link OprfBenchmark#rawScalarMultiplication} alternate in one thread in a
 *       shuffled order each round, and each is timed with the thread's CPU clock, so time spent
 *       descheduled by other processes does not count against either. Prints the median (and
 *       best) per element and the ratio of raw multiplications to evaluations per second. A second,
 *       separately named baseline in the same rounds: the same multiplication with Barrier's
 *       regular multiplier for secret scalars, for one point per call and for 100 points per
 *       call, so the cost of the side-channel protection can be read apart from the protocol.
 *   <li>A profile: a Flight Recorder method-sampling recording of {@code blindEvaluate} at batch
 *       100, each sample attributed to one step of the evaluation by the methods on its stack, in
 *       percent of the samples and in raw scalar multiplications per element.
 * </ol>
 *
 * <p>Run (from the repository root, after building the benchmarks jar):
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar eu.barrier.benchmarks.OprfProfile 30 30
 * </pre>
 */
public final class OprfProfile {

  private OprfProfile() {}

  /** One measured operation. */
  @FunctionalInterface
  private interface Op {
    Object run() throws Exception;
  }

  /** A step of BlindEvaluate and how to recognise its samples (frames as Class.method, innermost first). */
  private record Step(String name, Predicate<List<String>> matches) {}

  private static final List<Step> STEPS = List.of(
      new Step("masks R for the regular multiplier (a random point by decompression, one per call)", s -> has(s, "P256Sha256.randomMask")),
      new Step("evaluation: tables of odd multiples of the B_i (one inversion per batch)",
          s -> has(s, "P256Sha256.secretTables") && !has(s, "Dleq.")),
      new Step("evaluation: normalising the products (one inversion per batch)",
          s -> has(s, "RegularMultiplier.multiply") && has(s, "ECCurve.normalizeAll") && !has(s, "Dleq.")),
      new Step("evaluation: regular multiplications k·B_i", s -> has(s, "RegularMultiplier.multiply") && !has(s, "Dleq.")),
      new Step("proof: composite sum of d_i·B_i (public, the evaluation's tables)",
          s -> has(s, "Dleq.composites") && has(s, "InterleavedSum.sum")),
      new Step("proof: M = k·Z and t3 = r·M (regular multiplier)", s -> has(s, "Dleq.") && has(s, "P256Sha256.multiplySecret")),
      new Step("proof: weights d_i = HashToScalar(...)", s -> has(s, "Dleq.composites") && has(s, "P256Sha256.hashToScalar")),
      new Step("proof: multiplications of the generator (comb)", s -> has(s, "P256Sha256.multiplyGenerator")),
      new Step("proof: challenge and the rest of the proof", s -> has(s, "Dleq.")),
      new Step("decoding the blinded elements (square root)", s -> has(s, "P256Sha256.deserialize")),
      new Step("POPRF tweak of the key", s -> has(s, "OprfServer.tweakedScalar")),
      new Step("encoding the evaluated elements", s -> has(s, "P256Sha256.serialize")),
      new Step("other", s -> true));

  /**
   * Barrier's regular multiplier for secret scalars ({@code P256Sha256.multiplySecretAll}, package-private in
   * {@code barrier-privacy}), reached by reflection on the class path: the cost of the protection without the
   * protocol around it.
   */
  private static final class Regular {
    private final Method multiplySecretAll;
    private final ECCurve curve;
    private final BigInteger[] xs = new BigInteger[100];
    private final BigInteger[] ys = new BigInteger[100];
    private final BigInteger scalar;
    private final SecureRandom random = new SecureRandom();

    Regular(OprfBenchmark.Input in) throws ReflectiveOperationException {
      multiplySecretAll = Class.forName("eu.barrier.privacy.oprf.P256Sha256")
          .getDeclaredMethod("multiplySecretAll", ECPoint[].class, BigInteger.class, SecureRandom.class);
      multiplySecretAll.setAccessible(true);
      curve = in.curve;
      for (int i = 0; i < xs.length; i++) {
        ECPoint p = in.curve.createPoint(in.x, in.y).multiply(BigInteger.valueOf(i + 2L)).normalize();
        xs[i] = p.getAffineXCoord().toBigInteger();
        ys[i] = p.getAffineYCoord().toBigInteger();
      }
      scalar = in.scalar;
    }

    /** One point by the scalar, as a single call (its own tables and mask). */
    Object one() throws ReflectiveOperationException {
      return multiplySecretAll.invoke(null, fresh(1), scalar, random);
    }

    /** 100 points by the scalar in one call (tables and products normalised per batch, one mask). */
    Object hundred() throws ReflectiveOperationException {
      return multiplySecretAll.invoke(null, fresh(100), scalar, random);
    }

    /** Points created afresh from their coordinates, like the raw baseline's and like decoded elements. */
    private ECPoint[] fresh(int count) {
      ECPoint[] out = new ECPoint[count];
      for (int i = 0; i < count; i++) {
        out[i] = curve.createPoint(xs[i], ys[i]);
      }
      return out;
    }
  }

  /**
   * Runs the ratios and the profile.
   *
   * @param args seconds of profiling (default 30) and rounds of the ratios (default 30; the first
   *     quarter is warm-up)
   * @throws Exception if a benchmark method fails
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    OprfBenchmark o = new OprfBenchmark();
    OprfBenchmark.Input one = input(1);
    OprfBenchmark.Input hundred = input(100);
    Map<String, Op> ops = new LinkedHashMap<>();
    Regular regular = new Regular(hundred);
    ops.put("raw", () -> times(100, () -> o.rawScalarMultiplication(hundred)));
    ops.put("regular, 1 point", () -> times(100, regular::one));
    ops.put("regular, 100 points", regular::hundred);
    ops.put("batch 1", () -> times(100, () -> o.blindEvaluate(one)));
    ops.put("batch 100", () -> o.blindEvaluate(hundred));
    Map<String, long[]> cpu = cpuTimes(ops, rounds);
    double raw = median(cpu.get("raw"), rounds) / 100.0;
    System.out.printf(Locale.ROOT, "raw scalar multiplication: %.1f us (median thread CPU time; best %.1f)%n",
        raw / 1e3, best(cpu.get("raw"), rounds) / 100.0 / 1e3);
    for (String name : List.of("regular, 1 point", "regular, 100 points")) {
      double perElement = median(cpu.get(name), rounds) / 100.0;
      System.out.printf(Locale.ROOT,
          "second baseline, raw multiplication with Barrier's regular multiplier (%s): %.1f us per point"
              + " = %.2f raw multiplications (medians)%n",
          name, perElement / 1e3, perElement / raw);
    }
    for (String name : List.of("batch 1", "batch 100")) {
      double perElement = median(cpu.get(name), rounds) / 100.0;
      double bestPerElement = best(cpu.get(name), rounds) / 100.0;
      System.out.printf(Locale.ROOT,
          "blindEvaluate %s: %.1f us per element (best %.1f) = %.2f raw multiplications; ratio %.0f %% (medians),"
              + " %.0f %% (best)%n",
          name, perElement / 1e3, bestPerElement / 1e3, perElement / raw, 100 * raw / perElement,
          100 * best(cpu.get("raw"), rounds) / 100.0 / bestPerElement);
    }
    double perElement = median(cpu.get("batch 100"), rounds) / 100.0;
    profile(o, hundred, seconds, perElement / raw);
  }

  private static OprfBenchmark.Input input(int batch) throws Exception {
    OprfBenchmark.Input in = new OprfBenchmark.Input();
    in.batch = batch;
    in.setUp();
    return in;
  }

  private static Map<String, long[]> cpuTimes(Map<String, Op> ops, int rounds) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, long[]> out = new LinkedHashMap<>();
    ops.keySet().forEach(k -> out.put(k, new long[rounds]));
    List<String> order = new ArrayList<>(ops.keySet());
    Random shuffle = new Random(1);
    long checksum = 0;
    for (int r = 0; r < rounds; r++) {
      Collections.shuffle(order, shuffle);
      for (String name : order) {
        long t0 = threads.getCurrentThreadCpuTime();
        checksum += ops.get(name).run().hashCode();
        out.get(name)[r] = threads.getCurrentThreadCpuTime() - t0;
      }
    }
    System.out.printf(Locale.ROOT, "[%d rounds, checksum %d]%n", rounds, checksum & 0xf);
    return out;
  }

  private static void profile(OprfBenchmark o, OprfBenchmark.Input in, int seconds, double rawPerElement)
      throws Exception {
    Path file = Files.createTempFile("oprf-profile", ".jfr");
    long checksum = 0;
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      long until = System.nanoTime() + seconds * 1_000_000_000L;
      while (System.nanoTime() < until) {
        checksum += o.blindEvaluate(in).hashCode();
      }
      recording.stop();
      recording.dump(file);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    STEPS.forEach(s -> counts.put(s.name(), 0));
    int total = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
        continue;
      }
      List<String> stack = new ArrayList<>();
      for (RecordedFrame f : e.getStackTrace().getFrames()) {
        String type = f.getMethod().getType().getName();
        stack.add(type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName());
      }
      if (!has(stack, "OprfServer.blindEvaluate")) {
        continue;
      }
      total++;
      for (Step s : STEPS) {
        if (s.matches().test(stack)) {
          counts.merge(s.name(), 1, Integer::sum);
          break;
        }
      }
    }
    Files.deleteIfExists(file);
    System.out.printf(Locale.ROOT, "profile of blindEvaluate, batch 100 (%d samples, checksum %d):%n", total,
        checksum & 0xf);
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      double share = total == 0 ? 0 : (double) c.getValue() / total;
      System.out.printf(Locale.ROOT, "  %5.1f %%  %.3f raw per element  %s%n", 100 * share, share * rawPerElement,
          c.getKey());
    }
  }

  private static boolean has(List<String> stack, String frame) {
    for (String s : stack) {
      if (s.startsWith(frame)) {
        return true;
      }
    }
    return false;
  }

  private static Object times(int n, Op op) throws Exception {
    Object last = null;
    for (int i = 0; i < n; i++) {
      last = op.run();
    }
    return last;
  }

  private static double median(long[] values, int rounds) {
    long[] v = Arrays.copyOfRange(values, rounds / 4, rounds);
    Arrays.sort(v);
    return v[v.length / 2];
  }

  private static double best(long[] values, int rounds) {
    return Arrays.stream(values, rounds / 4, rounds).min().orElseThrow();
  }
}
