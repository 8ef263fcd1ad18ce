package eu.barrier.benchmarks;

import eu.barrier.registers.kbo.KboArea;
import eu.barrier.registers.kbo.KboEstablishmentUnit;
import eu.barrier.registers.kbo.KboReader;
import eu.barrier.registers.kbo.KboReport;
import eu.barrier.registers.kbo.KboSink;
import eu.barrier.registers.kbo.KboSyntheticExtract;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reading a KBO extract: {@link KboReader} filtered to one postcode, or unfiltered, against reading
 * the same files line by line with a plain {@code BufferedReader} in the same JVM, alternating.
 * Long runs (the full-size extract takes about a minute per read); never part of CI. See
 * benchmarks/README.md for the commands.
 *
 * <p>Arguments: {@code DIR [filtered|unfiltered] [ROUNDS] [ENTERPRISES]}. When {@code DIR} has no
 * extract, a synthetic one of {@code ENTERPRISES} enterprises (default 1,900,000) is written first.
 */
public final class KboReadHarness {

  private static final List<String> FILES = List.of("meta.csv", "code.csv", "enterprise.csv", "establishment.csv",
      "branch.csv", "denomination.csv", "address.csv", "activity.csv", "contact.csv");

  private KboReadHarness() {}

  /**
   * Runs the harness.
   *
   * @param args see the class comment
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/kbo-full");
    boolean filtered = args.length < 2 || args[1].equals("filtered");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int enterprises = args.length > 3 ? Integer.parseInt(args[3]) : 1_900_000;
    if (!Files.exists(dir.resolve("activity.csv"))) {
      System.out.printf(Locale.ROOT, "writing a synthetic extract of %d enterprises to %s%n", enterprises, dir);
      KboSyntheticExtract.of(enterprises, 1).writeFull(dir);
    }
    long bytes = 0;
    for (String f : FILES) {
      bytes += Files.size(dir.resolve(f));
    }
    System.out.printf(Locale.ROOT, "extract: %.1f MB; heap max %d MB; %s%n", bytes / 1e6,
        Runtime.getRuntime().maxMemory() >> 20, filtered ? "filtered to postcode 3600" : "unfiltered");
    StringBuilder files = new StringBuilder();
    long[] last = {System.nanoTime()};
    String[] current = {""};
    KboReader reader = KboReader.builder()
        .area(filtered ? KboArea.postcodes(List.of(KboSyntheticExtract.AREA_POSTCODE)) : KboArea.all())
        .progress((pass, passes, file, rows) -> {
          if (!file.equals(current[0])) {
            long now = System.nanoTime();
            files.append(String.format(Locale.ROOT, " %s %.1fs", current[0], (now - last[0]) / 1e9));
            last[0] = now;
            current[0] = file;
          }
        }).build();
    for (int round = 1; round <= rounds; round++) {
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long lines = baseline(dir);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      last[0] = t1;
      long[] units = new long[1];
      KboReport report = reader.read(dir, new KboSink() {
        @Override
        public void unit(KboEstablishmentUnit unit) {
          units[0]++;
        }
      });
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      files.append(String.format(Locale.ROOT, " %s %.1fs", current[0], (t2 - last[0]) / 1e9));
      System.out.println("  time per file (from the first row of the next):" + files);
      files.setLength(0);
      current[0] = "";
      double base = (t1 - t0) / 1e9;
      double ours = (t2 - t1) / 1e9;
      System.out.printf(Locale.ROOT,
          "round %d: BufferedReader %.2f s (%d lines, %.0f MB/s, CPU %.2f s); KboReader %.2f s (%d units, %d passes,"
              + " CPU %.2f s); speed ratio %.2f (CPU time ratio %.2f); peak old gen %d MB%n",
          round, base, lines, bytes / 1e6 / base, (c1 - c0) / 1e9, ours, units[0], report.passes(), (c2 - c1) / 1e9,
          base / ours, (double) (c1 - c0) / (c2 - c1), peakOldGenMb());
    }
  }

  /** Reads every file line by line, touching each line so the loop is not optimised away. */
  static long baseline(Path dir) throws IOException {
    long lines = 0;
    long chars = 0;
    for (String f : FILES) {
      try (BufferedReader r = Files.newBufferedReader(dir.resolve(f), StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          lines++;
          chars += line.length();
        }
      }
    }
    return lines + (chars == -1 ? 1 : 0);
  }

  private static long peakOldGenMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getName().toLowerCase(Locale.ROOT).contains("old")) {
        peak = Math.max(peak, pool.getPeakUsage().getUsed());
      }
    }
    return peak >> 20;
  }
}
