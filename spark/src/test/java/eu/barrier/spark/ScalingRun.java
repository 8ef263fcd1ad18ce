package eu.barrier.spark;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.core.id.NlBsn;
import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.quality.SyntheticPeople;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.privacy.pseudonym.Pseudonymiser;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.spark.linkage.SparkClkEncoding;
import eu.barrier.spark.pseudonym.SparkPseudonymisation;
import eu.barrier.spark.screening.ObservationsFile;
import eu.barrier.spark.screening.ScreeningSpec;
import eu.barrier.spark.screening.SparkScreening;
import eu.barrier.spark.screening.SyntheticScreeningData;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The scaling run of {@code benchmarks/README.md}: throughput of screening, pseudonymisation and
 * CLK encoding with the library alone (one thread, no Spark) and on Spark at {@code local[1]} and
 * {@code local[2]}, on the same data in the same JVM. Not a test and never run by {@code verify}:
 * {@code ./mvnw -B -q -pl spark -am -Pspark-scaling -DskipTests verify} runs it.
 *
 * <p>Each workload runs {@link #WARM_UP} unmeasured rounds, then {@code ROUNDS} measured rounds; the best round
 * counts (the machine is shared, so the best is the least disturbed). Each workload is the same job
 * on both sides, from the same input to the same output:
 *
 * <ul>
 *   <li>{@code screen}: rows of (key, sector) in memory (a list; on Spark a table of 8 partitions
 *       in the executors' memory) and the municipal observations, to the results document (to a counting sink);
 *   <li>{@code pseudonymise}: a file of identifiers, one per line (as {@code barrier pseudonymise}
 *       reads them; Spark's text reader, split as Spark does by default), to pseudonyms (one per line to a
 *       counting sink; Spark's {@code noop} sink);
 *   <li>{@code pseudonymise-cells}: the pseudonymisation alone, from strings in memory (a list; a
 *       table of 8 partitions in the executors' memory), which shows Spark's own cost per row most;
 *   <li>{@code encode}: a CSV file of people to CLKs ({@code ClkEncoder.encodeCsv}; Spark's CSV
 *       reader, numbered, then {@code SparkClkEncoding.encode}, {@code noop} sink). A million
 *       records (about 33 MB): Spark splits a file into pieces of (size + 4 MiB) / cores, so a
 *       small file splits unevenly (200,000 records made pieces of 80 % and 20 %, which bounds
 *       {@code local[2]} at 1.25 × {@code local[1]} whatever the code does); at this size the pieces
 *       are 56 % and 44 % (a bound of 1.79 ×).
 * </ul>
 *
 * <p>Arguments: {@code [ESTABLISHMENTS] [IDENTIFIERS] [RECORDS] [ROUNDS] [WORKLOADS]}, default
 * 1,000,000, 4,000,000, 1,000,000, 3 and {@code screen,pseudonymise,pseudonymise-cells,encode}.
 */
public final class ScalingRun {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final int PARTITIONS = 8;
  /**
   * Unmeasured rounds per workload: the library's code runs first alone, then inside Spark's tasks,
   * where the JIT compiler compiles it again during the next round or two.
   */
  private static final int WARM_UP = 2;

  private ScalingRun() {}

  /**
   * Runs the scaling run.
   *
   * @param args see the class comment
   * @throws Exception if the data cannot be prepared
   */
  public static void main(String[] args) throws Exception {
    int establishments = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int identifiers = args.length > 1 ? Integer.parseInt(args[1]) : 4_000_000;
    int records = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    Set<String> workloads = Set.of((args.length > 4 ? args[4] : "screen,pseudonymise,pseudonymise-cells,encode").split(","));
    System.out.printf(Locale.ROOT, "scaling run: %d establishments, %d identifiers, %d records, best of %d rounds;"
        + " %d processors, load %.2f, Java %s%n", establishments, identifiers, records, rounds,
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("java.version"));

    // the data, once
    SyntheticScreeningData screeningData = SyntheticScreeningData.of(establishments, 7);
    ObservationsFile observations = ObservationsFile.of("observations.csv", screeningData.observationsCsv);
    PartyKeyBundle bundle = PartyKeyBundle.generate("municipality-scaling", new SecureRandom());
    byte[] keysFile = KeyFiles.write(bundle, InsecureSecretAccess.get()).getBytes(StandardCharsets.UTF_8);
    PseudonymContext context = PseudonymContext.of("thb-research", "university-example");
    List<String> bsns = new ArrayList<>(identifiers);
    for (long n = 100_000_000L; bsns.size() < identifiers; n++) {
      String s = Long.toString(n);
      if (NlBsn.isValid(s)) {
        bsns.add(s);
      }
    }
    Path examples = Path.of("..", "docs", "examples", "linkage");
    byte[] schema = Files.readAllBytes(examples.resolve("schema.json"));
    byte[] secret = Files.readAllBytes(examples.resolve("secret.test-only.txt"));
    SyntheticPeople.Datasets people = SyntheticPeople.generate(records, 0.5, 3);
    byte[] peopleCsv = SyntheticPeople.toCsv(people.a()).getBytes(StandardCharsets.UTF_8);
    int peopleCount = people.a().size();

    // the files both sides read: identifiers one per line (as barrier pseudonymise reads them), people as CSV
    Path idsFile = Files.createTempFile("barrier-scaling-ids", ".txt");
    Files.write(idsFile, (String.join("\n", bsns) + "\n").getBytes(StandardCharsets.UTF_8));
    Path csv = Files.createTempFile("barrier-scaling", ".csv");
    Files.write(csv, peopleCsv);

    // the library alone, one thread
    Screening screening = ScreeningSpec.defaults().build();
    Pseudonymiser pseudonymiser = Pseudonymiser.create(bundle.keySet(), context);
    ClkEncoder encoder = ClkEncoder.create(LinkageSchemas.parse(schema),
        LinkageSecret.fromFileContent(secret, InsecureSecretAccess.get()));
    Map<String, double[]> library = new LinkedHashMap<>();
    // the same job as on Spark: rows of strings in, the results document out
    Map<String, List<Observation>> bySubject = observations.bySubject();
    if (workloads.contains("screen")) library.put("screen", best(rounds, establishments, () -> {
      Screening.Batch batch = screening.batch(AS_OF);
      for (String[] row : screeningData.establishments) {
        List<Observation> own = bySubject.getOrDefault(row[0], List.of());
        batch.add(new ObservedEstablishment(SubjectReference.of(SubjectKind.ESTABLISHMENT, row[0]),
            BarrierJson.enumFromId(Sector.class, row[1]).orElseThrow(), own));
      }
      CountingStream out = new CountingStream();
      ScreeningResults.write(batch.result(), Language.EN, out);
      return out.count;
    }));
    if (workloads.contains("pseudonymise")) library.put("pseudonymise", best(rounds, identifiers, () -> {
      CountingStream out = new CountingStream();
      try (BufferedReader in = Files.newBufferedReader(idsFile, StandardCharsets.UTF_8);
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          w.write(pseudonymiser.pseudonymise(IdentifierType.NL_BSN, line).format());
          w.write('\n');
        }
      }
      return out.count;
    }));
    if (workloads.contains("pseudonymise-cells")) library.put("pseudonymise-cells", best(rounds, identifiers, () -> {
      long h = 0;
      for (String s : bsns) {
        h += pseudonymiser.pseudonymise(IdentifierType.NL_BSN, s).format().length();
      }
      return h;
    }));
    if (workloads.contains("encode")) library.put("encode", best(rounds, peopleCount, () -> {
      long[] n = {0};
      try (InputStream in = Files.newInputStream(csv)) {
        encoder.encodeCsv(in, (row, clk) -> n[0] += clk.toBytes().length);
      }
      return n[0];
    }));

    Map<String, Map<String, double[]>> spark = new LinkedHashMap<>();
    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession session = SparkSession.builder().master(master).appName("barrier-scaling")
          .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
          // as the jobs set it (Jobs.session): task results up to 128 MiB come back with the task's status
          .config("spark.task.maxDirectResultSize", "128m")
          // files are split as Spark splits them by default: about one split per core for these sizes
          .config("spark.sql.adaptive.enabled", "false").getOrCreate();
      Dataset<Row> units = table(session, List.of("id", "sector"), screeningData.establishments.stream()
          .map(e -> RowFactory.create((Object[]) e)).toList());
      Dataset<Row> ids = table(session, List.of("bsn"), bsns.stream().map(b -> RowFactory.create(b)).toList());
      SparkScreening sparkScreening = SparkScreening.of(ScreeningSpec.defaults());
      SecretFile keys = SecretFile.carried(keysFile);
      SecretFile linkageSecret = SecretFile.carried(secret);
      Map<String, double[]> m = new LinkedHashMap<>();
      if (workloads.contains("screen")) m.put("screen", best(rounds, establishments, () -> {
        CountingStream out = new CountingStream();
        sparkScreening.screen(units, observations, AS_OF, Language.EN).write(out);
        return out.count;
      }));
      if (workloads.contains("pseudonymise")) m.put("pseudonymise", best(rounds, identifiers, () -> {
        Dataset<Row> lines = session.read().text(idsFile.toString());
        SparkPseudonymisation.pseudonymise(lines, keys, context, IdentifierType.NL_BSN, List.of("value"))
            .write().format("noop").mode("overwrite").save();
        return identifiers;
      }));
      if (workloads.contains("pseudonymise-cells")) m.put("pseudonymise-cells", best(rounds, identifiers, () -> {
        SparkPseudonymisation.pseudonymise(ids, keys, context, IdentifierType.NL_BSN, List.of("bsn"))
            .write().format("noop").mode("overwrite").save();
        return identifiers;
      }));
      if (workloads.contains("encode")) m.put("encode", best(rounds, peopleCount, () -> {
        SparkClkEncoding.encode(SparkClkEncoding.readCsv(session, csv.toString()), SparkClkEncoding.ROW, schema,
                linkageSecret).write().format("noop").mode("overwrite").save();
        return peopleCount;
      }));
      spark.put(master, m);
      session.stop();
    }
    Files.deleteIfExists(csv);
    Files.deleteIfExists(idsFile);

    System.out.printf(Locale.ROOT, "%n| workload | items | library alone (items/s) | local[1] (items/s) | local[2] (items/s)"
        + " | local[1] / library | local[2] / local[1] |%n|---|---:|---:|---:|---:|---:|---:|%n");
    for (String w : library.keySet()) {
      double lib = library.get(w)[0];
      double one = spark.get("local[1]").get(w)[0];
      double two = spark.get("local[2]").get(w)[0];
      System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f | %,.0f | %,.0f | %.2f | %.2f |%n", w,
          (long) library.get(w)[1], lib, one, two, one / lib, two / one);
    }
    System.out.printf(Locale.ROOT, "%nProcessor time (all threads of the JVM), items per CPU-second:%n%n| workload | library alone"
        + " | local[1] | local[2] | local[1] / library | local[2] / local[1] |%n|---|---:|---:|---:|---:|---:|%n");
    for (String w : library.keySet()) {
      double lib = library.get(w)[2];
      double one = spark.get("local[1]").get(w)[2];
      double two = spark.get("local[2]").get(w)[2];
      System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %.2f | %.2f |%n", w, lib, one, two, one / lib, two / one);
    }
    System.out.printf(Locale.ROOT, "load at the end %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /**
   * A table of strings in the executors' memory, in {@link #PARTITIONS} partitions: checkpointed
   * locally, so that jobs on it neither plan over a local list's rows (a table of a local list
   * carries them in its query plan, and Spark walks all of them while planning every job) nor ship
   * the rows with every task (as a table made from {@code parallelize} does).
   */
  private static Dataset<Row> table(SparkSession session, List<String> columns, List<Row> rows) {
    StructType schema = new StructType();
    for (String c : columns) {
      schema = schema.add(c, DataTypes.StringType, false);
    }
    Dataset<Row> t = session.createDataFrame(rows, schema).repartition(PARTITIONS).localCheckpoint();
    t.count();
    return t;
  }

  /** Counts the bytes written to it and keeps none. */
  private static final class CountingStream extends java.io.OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** Work measured by {@link #best}; may write. */
  @FunctionalInterface
  private interface Work {
    long run() throws IOException;
  }

  /**
   * One unmeasured round, then the best of {@code rounds}: items per second of elapsed time, items,
   * and items per second of the process's processor time (every thread of the JVM: the work, Spark's
   * own threads, the garbage collector), which other processes on the machine disturb far less.
   */
  private static double[] best(int rounds, long items, Work work) throws IOException {
    long sink = 0;
    for (int i = 0; i < WARM_UP; i++) {
      sink += work.run();
    }
    long bestNanos = Long.MAX_VALUE;
    long bestCpu = Long.MAX_VALUE;
    for (int i = 0; i < rounds; i++) {
      long c0 = CPU.getProcessCpuTime();
      long t0 = System.nanoTime();
      sink += work.run();
      bestNanos = Math.min(bestNanos, System.nanoTime() - t0);
      bestCpu = Math.min(bestCpu, CPU.getProcessCpuTime() - c0);
    }
    if (sink == 42) {
      System.out.print("");
    }
    return new double[] {items / (bestNanos / 1e9), items, items / (bestCpu / 1e9)};
  }

  private static final com.sun.management.OperatingSystemMXBean CPU =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
}
