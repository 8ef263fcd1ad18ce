package eu.barrier.cli;

import eu.barrier.core.BarrierException;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.testing.HostileFiles;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.linkage.clk.ClkFiles;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.record.CsvRecordReader;
import eu.barrier.privacy.audit.AppendableAuditSink;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.privacy.audit.AuditEvent;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.envelope.FileReplayStore;
import eu.barrier.registers.kbo.KboDocument;
import eu.barrier.registers.kbo.KboReader;
import eu.barrier.registers.kbo.KboSink;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.screening.ScreeningInput;
import eu.barrier.screening.picture.MessageFolder;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child JVM of {@link HostileLibraryReadersTest} (issue 16): gives every public library entry
 * point that reads a file or a stream {@code /dev/zero}, a FIFO nobody writes, a directory and a
 * 3 GiB sparse file, and prints one line per case: {@code PASS} when the entry point ended in its
 * documented coded error (a {@link BarrierException} with a {@code BARRIER-…} code, or a result
 * that says the input is broken) within the time bound, {@code FAIL} otherwise (another exception,
 * an {@link OutOfMemoryError}, success, or no answer in time). The last line is the peak resident
 * set size of this process ({@code VmHWM}), measured by the kernel.
 *
 * <p>Entry points that take {@code byte[]} or {@code String} (key files, messages, assess input,
 * linkage schemas, transparency metrics, case profiles, screening results) read no file: the
 * caller reads the bytes, the CLI through the bounded reader that {@link HostileInputsTest} covers.
 */
final class HostileLibraryReadersMain {

  /** The time bound of one case. */
  static final long BOUND_MILLIS = 10_000;

  /** The hostile inputs, by the names the lines use. */
  static final List<String> KINDS = List.of("dev-zero", "fifo", "directory", "sparse-3GiB");

  private HostileLibraryReadersMain() {}

  /**
   * A library call given a hostile path. It returns normally only with a result that refuses the
   * input (such as an audit verification that is not intact), described for the report.
   */
  @FunctionalInterface
  interface Reader {
    String read(Path hostile) throws Exception;
  }

  /** A result that is not a refusal. */
  static final class Accepted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Accepted(String what) {
      super(what, null, false, false);
    }
  }

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args[0].equals("audit-log")) {
      longAuditLog(Path.of(args[1]), Long.parseLong(args[2]), out);
      return;
    }
    Path dir = Path.of(args[0]);
    Map<String, Path> hostile = new LinkedHashMap<>();
    hostile.put("dev-zero", HostileFiles.DEV_ZERO);
    hostile.put("fifo", HostileFiles.fifo(dir));
    hostile.put("directory", Files.createDirectory(dir.resolve("a-directory")));
    hostile.put("sparse-3GiB", HostileFiles.sparse(dir));
    boolean ok = true;
    for (Map.Entry<String, Path> kind : hostile.entrySet()) {
      for (Map.Entry<String, Reader> reader : readers(dir, kind.getKey()).entrySet()) {
        String verdict = run(reader.getValue(), kind.getValue());
        ok &= verdict.startsWith("PASS");
        out.println(verdict + " " + reader.getKey() + " " + kind.getKey());
      }
    }
    out.println("VmHWM-kB " + peakResidentKilobytes());
    out.flush();
    // a reader stuck on a FIFO would keep a thread; the verdicts are out, so end regardless
    Runtime.getRuntime().halt(ok ? 0 : 1);
  }

  /**
   * Writes a valid audit log of at least {@code minBytes} by streaming appends, then verifies it and
   * computes its tree head from the file, in a JVM whose heap is smaller than the log (issue 16: a
   * valid 178 MB log needed 2.6 GB to verify). Prints the outcome, the file size and the peak RSS.
   */
  private static void longAuditLog(Path file, long minBytes, PrintStream out) throws IOException {
    long entries = 0;
    try (java.io.Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      AuditLog log = AuditLog.open(new AppendableAuditSink(w), Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"),
          java.time.ZoneOffset.UTC));
      while (entries % 1000 != 0 || Files.size(file) < minBytes) {
        log.append(AuditEvent.builder(AuditAction.PSEUDONYMISE, "gemeente-genk").purpose("thb-signal")
            .count((int) entries).build());
        entries++;
        if (entries % 1000 == 0) {
          w.flush();
        }
      }
    }
    AuditVerification v = AuditVerifier.verify(file, null);
    AuditVerifier.TreeHead head = AuditVerifier.head(file);
    out.println("audit-log " + v.outcome() + " entries " + v.entries() + " head " + head.size() + " bytes "
        + Files.size(file) + " heap " + Runtime.getRuntime().maxMemory());
    out.println("VmHWM-kB " + peakResidentKilobytes());
  }

  /** Runs one case in its own daemon thread, so that a hang is reported instead of waited for. */
  private static String run(Reader reader, Path hostile) throws InterruptedException {
    AtomicReference<String> verdict = new AtomicReference<>();
    long start = System.nanoTime();
    Thread t = new Thread(() -> verdict.set(verdict(reader, hostile)));
    t.setDaemon(true);
    t.start();
    t.join(BOUND_MILLIS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    if (t.isAlive()) {
      return "FAIL(no answer in " + BOUND_MILLIS + " ms)";
    }
    String v = verdict.get();
    return millis > BOUND_MILLIS ? "FAIL(" + millis + " ms, " + v + ")" : v + "[" + millis + "ms]";
  }

  private static String verdict(Reader reader, Path hostile) {
    try {
      return "PASS(" + reader.read(hostile) + ")";
    } catch (BarrierException e) {
      return e.code().matches("BARRIER-[A-Z]+-[0-9]{4}") ? "PASS(" + e.code() + ")" : "FAIL(" + e.code() + ")";
    } catch (Accepted e) {
      return "FAIL(accepted: " + e.getMessage() + ")";
    } catch (Throwable e) { // an OutOfMemoryError or any exception other than the documented one
      return "FAIL(" + e.getClass().getName() + ")";
    }
  }

  private static final KboSink SINK = unit -> { };

  /**
   * Every library entry point that reads a file or a stream, by a name for the report, for one kind
   * of hostile input. Stream entry points get the streams a caller can open: {@code /dev/zero} and
   * the sparse file; a FIFO without a writer blocks the caller's own open and a directory cannot be
   * opened as a stream, both before the library is reached.
   */
  static Map<String, Reader> readers(Path dir, String kind) {
    Map<String, Reader> r = new LinkedHashMap<>();
    // registers
    r.put("MunicipalObservations.read(csv)", p -> fail(MunicipalObservations.read(placed(dir, p, "observations.csv"))));
    r.put("MunicipalObservations.read(json)", p -> fail(MunicipalObservations.read(placed(dir, p, "observations.json"))));
    r.put("KboReader.read", p -> fail(KboReader.builder().build().read(p, SINK)));
    r.put("KboReader.update", p -> fail(KboReader.builder().build().update(p, p, SINK)));
    r.put("KboDocument.openBase", p -> {
      KboDocument.openBase(p, Files.createTempDirectory(dir, "kbo")).close();
      throw new Accepted("a base document");
    });
    // screening
    r.put("ScreeningInput.read(directory)", p -> fail(ScreeningInput.read(p)));
    r.put("ScreeningInput.read(establishments)",
        p -> fail(ScreeningInput.read(folder(dir, p, ScreeningInput.ESTABLISHMENTS))));
    r.put("ScreeningInput.read(observations)",
        p -> fail(ScreeningInput.read(folder(dir, p, ScreeningInput.OBSERVATIONS))));
    r.put("MessageFolder.of", p -> {
      // an empty directory is a valid, empty store; anything else must be refused
      if (MessageFolder.of(p).names().isEmpty() && Files.isDirectory(p)) {
        return "an empty store";
      }
      throw new Accepted("a message store");
    });
    r.put("MessageFolder.read(message)", p -> fail(MessageFolder.of(folder(dir, p, "m.json")).read("m.json")));
    // privacy: audit log, replay store
    r.put("AuditVerifier.verify(path)", p -> broken(AuditVerifier.verify(p, null)));
    r.put("AuditVerifier.head", p -> fail(AuditVerifier.head(p)));
    r.put("AuditVerifier.leafHashes", p -> fail(AuditVerifier.leafHashes(p)));
    r.put("FileAuditSink.open", p -> fail(FileAuditSink.open(p)));
    r.put("FileReplayStore.deliverOnce", p -> fail(FileReplayStore.open(p, Clock.systemUTC()).deliverOnce(
        "ariec-limburg", UUID.randomUUID(), Instant.now().plusSeconds(3600), () -> { })));
    r.put("FileReplayStore.size", p -> fail(FileReplayStore.open(p, Clock.systemUTC()).size()));
    if (kind.equals("fifo") || kind.equals("directory")) {
      return r;
    }
    r.put("MunicipalObservations.readCsv(stream)", p -> stream(p, in -> fail(MunicipalObservations.readCsv(in, "o.csv"))));
    r.put("AuditVerifier.verify(stream)", p -> stream(p, in -> broken(AuditVerifier.verify(in, null))));
    // indicators
    r.put("Catalogues.load(stream)", p -> stream(p, in -> fail(Catalogues.load(in))));
    r.put("Catalogues.loadDraft(stream)", p -> stream(p, in -> fail(Catalogues.loadDraft(in))));
    // core
    r.put("BarrierJson.read(stream)", p -> stream(p, in -> fail(BarrierJson.create().read(in, Map.class))));
    // linkage
    r.put("ClkFiles.read(stream)", p -> stream(p, in -> fail(ClkFiles.read(in, clk -> { }))));
    r.put("ClkFiles.readAll(stream)", p -> stream(p, in -> fail(ClkFiles.readAll(in))));
    r.put("ClkSet.read(stream)", p -> stream(p, in -> fail(ClkSet.read(in))));
    r.put("CsvRecordReader.next(stream)", p -> stream(p, in -> {
      CsvRecordReader csv = CsvRecordReader.open(in);
      while (csv.next().isPresent()) {
        // read to the end
      }
      throw new Accepted("CSV rows");
    }));
    return r;
  }

  /** A value returned where a refusal was due. */
  private static String fail(Object accepted) {
    throw new Accepted(accepted == null ? "null" : accepted.getClass().getSimpleName());
  }

  /** A stream entry point: the caller opens the hostile file, as a user of the API would. */
  private static String stream(Path p, StreamReader reader) throws Exception {
    try (InputStream in = new FileInputStream(p.toFile())) {
      return reader.read(in);
    }
  }

  @FunctionalInterface
  interface StreamReader {
    String read(InputStream in) throws Exception;
  }

  private static String broken(AuditVerification v) {
    if (v.isIntact()) {
      throw new Accepted("an intact audit log");
    }
    return "audit log " + v.outcome() + " at line " + v.line();
  }

  /**
   * The hostile input under the name {@code name} in a fresh folder: a new FIFO, directory or sparse
   * file of its kind, or a symbolic link to {@code /dev/zero}.
   */
  private static Path placed(Path dir, Path hostile, String name) throws IOException {
    Path folder = Files.createTempDirectory(dir, "in");
    Path file = folder.resolve(name);
    if (Files.isDirectory(hostile)) {
      return Files.createDirectory(file);
    }
    if (Files.isRegularFile(hostile)) {
      return Files.move(HostileFiles.sparse(folder), file);
    }
    if (hostile.equals(HostileFiles.DEV_ZERO)) {
      return Files.createSymbolicLink(file, hostile);
    }
    return Files.move(HostileFiles.fifo(folder), file);
  }

  /** A fresh folder holding the hostile input as {@code name}. */
  private static Path folder(Path dir, Path hostile, String name) throws IOException {
    return placed(dir, hostile, name).getParent();
  }

  /** The kernel's peak resident set size of this process, in kB; -1 where there is no {@code /proc}. */
  static long peakResidentKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  static String describe(List<String> lines) {
    List<String> failures = new ArrayList<>();
    for (String l : lines) {
      if (!l.startsWith("PASS") && !l.startsWith("VmHWM")) {
        failures.add(l);
      }
    }
    return String.format(Locale.ROOT, "%d lines, failures: %s", lines.size(), failures);
  }
}
