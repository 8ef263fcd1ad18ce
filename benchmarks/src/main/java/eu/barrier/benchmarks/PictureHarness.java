package eu.barrier.benchmarks;

import eu.barrier.privacy.envelope.EnvelopeVerificationException;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.key.PartyKeys;
import eu.barrier.privacy.key.PartyPublicKeys;
import eu.barrier.screening.picture.MessageFolder;
import eu.barrier.screening.picture.Picture;
import eu.barrier.screening.picture.PictureCompiler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The ARIEC's picture at the scale with a stated heap: {@code MESSAGES} sealed signal
 * reports from {@code PARTNERS} partners (the inputs of {@link PictureBenchmark}) are written to a
 * folder, then, alternating in one JVM, every file is read and opened with bare {@code
 * Envelopes.open} (the baseline) and the picture is compiled from the same folder ({@code
 * PictureCompiler} over {@link MessageFolder}, as {@code barrier ariec picture} does). It prints
 * wall and thread CPU time of both, their ratio, and the peak heap after each phase. Run it with
 * {@code -Xmx…} to show that the picture fits that heap: messages are read one at a time and only
 * what the picture keeps stays in memory. A long run; never part of CI. See benchmarks/README.md.
 *
 * <p>Arguments: {@code DIR [MESSAGES] [PARTNERS] [ROUNDS]} (defaults 10000, 20, 3). {@code DIR} is
 * emptied of {@code *.json} files and filled afresh.
 */
public final class PictureHarness {

  private PictureHarness() {}

  /**
   * Runs the harness.
   *
   * @param args see the class comment
   * @throws Exception if a file cannot be written or a message does not open
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/target/picture-store");
    int messages = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int partners = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    long s0 = System.nanoTime();
    PictureBenchmark.Input input = new PictureBenchmark.Input();
    input.messages = messages;
    input.partners = partners;
    input.setUp();
    Files.createDirectories(dir);
    try (Stream<Path> old = Files.list(dir)) {
      for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        Files.delete(p);
      }
    }
    long bytes = 0;
    for (Map.Entry<String, byte[]> e : input.sealed.entrySet()) {
      Files.write(dir.resolve(e.getKey()), e.getValue());
      bytes += e.getValue().length;
    }
    PartyKeys ariec = input.ariec;
    List<PartyPublicKeys> trusted = input.trusted;
    input.sealed = null;
    input.list = null;
    System.gc();
    System.out.printf(Locale.ROOT, "%d messages from %d partners sealed into %s (%.1f MB) in %.1f s; heap max %d MB%n",
        messages, partners, dir, bytes / 1e6, (System.nanoTime() - s0) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      resetPeaks();
      long g0 = gcMillis();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      int opened = bareOpen(dir, ariec, trusted);
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      long bareHeap = peakHeapMb();
      long g1 = gcMillis();
      resetPeaks();
      long g2 = gcMillis();
      Picture picture = PictureCompiler.builder(ariec, trusted).build().compile(MessageFolder.of(dir));
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      long pictureHeap = peakHeapMb();
      long g3 = gcMillis();
      System.gc();
      long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
      double bare = (t1 - t0) / 1e9;
      double pic = (t2 - t1) / 1e9;
      System.out.printf(Locale.ROOT,
          "round %d: bare open %.2f s (%d messages, CPU %.2f s, GC %d ms, peak heap %d MB); picture %.2f s (%d used,"
              + " %d entities, %d groups, CPU %.2f s, GC %d ms, peak heap %d MB, heap after GC with the picture held"
              + " %d MB); bare/picture wall %.2f, CPU %.2f%n",
          round, bare, opened, (c1 - c0) / 1e9, g1 - g0, bareHeap, pic, picture.sources().size(),
          picture.entities().size(), picture.groups().size(), (c2 - c1) / 1e9, g3 - g2, pictureHeap, retained, bare / pic, (double) (c1 - c0) / (c2 - c1));
    }
  }

  /** Reads and opens every file of the folder with a fresh replay store, as the picture does. */
  static int bareOpen(Path dir, PartyKeys ariec, List<PartyPublicKeys> trusted)
      throws IOException, EnvelopeVerificationException {
    Envelopes envelopes = Envelopes.builder().build();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    int n = 0;
    for (Path p : files) {
      n += envelopes.open(ariec, trusted, Files.readAllBytes(p)).payload().length > 0 ? 1 : 0;
    }
    return n;
  }

  /** The collectors' accumulated time: GC threads' work, which the thread CPU time leaves out. */
  private static long gcMillis() {
    long ms = 0;
    for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peak use since the last reset. */
  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
