package eu.barrier.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.output.OutputFiles;
import eu.barrier.linkage.block.HammingLshBlocking;
import eu.barrier.linkage.clk.Clk;
import eu.barrier.linkage.clk.ClkFiles;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.spark.SecretFile;
import eu.barrier.spark.linkage.SparkClkEncoding;
import eu.barrier.spark.linkage.SparkMatching;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code link} for {@code spark-submit}: {@code link encode} (a data holder encodes its records
 * into CLKs) and {@code link match} (the linkage unit matches CLK files), as {@code barrier linkage
 * encode} and {@code barrier linkage match} on one machine.
 */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    subcommands = {LinkJob.Encode.class, LinkJob.Match.class},
    description = {"Privacy-preserving record linkage on Spark: 'link encode' and 'link match'."})
public final class LinkJob implements Callable<Integer> {

  /** Creates the job; picocli sets its options from the arguments. */
  public LinkJob() {}

  @Spec private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the job.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Jobs.main(new LinkJob(), args);
  }

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: encode or match");
  }

  /** {@code link encode}. */
  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      description = {
        "Encode the records of a UTF-8 CSV file (header: the schema's feature identifiers, in order) into CLKs,",
        "as 'barrier linkage encode' and clkhash 0.18.3 do. --format clkhash writes DIR/clks.json in clkhash's",
        "format, one CLK per record in file order; parquet and json write the table (id, clk). A file with an",
        "invalid record is refused whole: each problem is named by row and field, never by value, nothing written.",
        "Exit status: 0 ok, 1 invalid records, 2 usage error."
      })
  static final class Encode implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "SCHEMA.json", description = "The linkage schema.")
    private Path schema;

    @Option(names = "--secret-file", required = true, paramLabel = "FILE",
        description = "The linkage secret: the file's bytes without one trailing line break (read by the driver).")
    private Path secretFile;

    @Option(names = "--in", required = true, paramLabel = "RECORDS.csv", description = "The records.")
    private String in;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the CLKs go.")
    private Path out;

    @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|json|clkhash",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--force", description = "Replace outputs that exist (a table folder is deleted and written anew).")
    private boolean force;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit.")
    private String master;

    @Override
    public Integer call() throws IOException {
      Jobs.format(spec, format, "parquet", "json", "clkhash");
      if (!Files.isRegularFile(schema) || Files.size(schema) > LinkageSchemas.MAX_SCHEMA_BYTES) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--schema is not a readable file of at most 1 MiB");
      }
      byte[] schemaBytes = InputFiles.read(schema, LinkageSchemas.MAX_SCHEMA_BYTES, "--schema");
      List<String> identifiers = LinkageSchemas.parse(schemaBytes).identifiers();
      SecretFile secret = SecretFile.readOnDriver(secretFile);
      if (format.equals("clkhash")) {
        OutputFiles.check(out.resolve("clks.json"), "--out", force);
      }
      SparkSession spark = Jobs.session("barrier link encode", master);
      if (!format.equals("clkhash")) {
        Jobs.checkOutputs(spark, force, out.toString());
      }
      Dataset<Row> records = SparkClkEncoding.readCsv(spark, in);
      List<String> header = new ArrayList<>(List.of(records.columns()));
      header.remove(SparkClkEncoding.ROW);
      PrintWriter err = spec.commandLine().getErr();
      if (!header.equals(identifiers)) {
        err.println("link encode: BARRIER-LNK-0104: the header must be: " + String.join(",", identifiers));
        err.flush();
        return Jobs.INVALID;
      }
      Dataset<Row> clks = SparkClkEncoding.encode(records, SparkClkEncoding.ROW, schemaBytes, secret).cache();
      try {
        List<Row> invalid = clks.where(size(col(SparkClkEncoding.PROBLEMS)).gt(0)).orderBy(SparkClkEncoding.ID)
            .limit(100).collectAsList();
        if (!invalid.isEmpty()) {
          long count = clks.where(size(col(SparkClkEncoding.PROBLEMS)).gt(0)).count();
          for (Row r : invalid) {
            for (Object p : r.getList(2)) {
              err.println("invalid " + p);
            }
          }
          err.printf(Locale.ROOT, "%d of %d records are invalid (rows numbered from 0); nothing written%n", count,
              clks.count());
          err.flush();
          return Jobs.INVALID;
        }
        Dataset<Row> table = clks.select(SparkClkEncoding.ID, SparkClkEncoding.CLK);
        long n;
        if (format.equals("clkhash")) {
          Files.createDirectories(out);
          long[] written = {0};
          Jobs.writeFile(out.resolve("clks.json"), force, o -> {
            ClkFiles.Writer w = ClkFiles.writer(o);
            Iterator<Row> it = table.orderBy(SparkClkEncoding.ID).toLocalIterator();
            while (it.hasNext()) {
              byte[] b = (byte[]) it.next().get(1);
              w.add(Clk.of(b, b.length * 8));
              written[0]++;
            }
            w.close();
          });
          n = written[0];
        } else {
          Jobs.writeTable(table, format, out.toString(), force);
          n = clks.count();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "encoded %d records (schema sha256 %s) to %s (%s)%n", n,
            LinkageSchemas.parse(schemaBytes).sha256().substring(0, 16), out, format);
        o.flush();
        return Jobs.OK;
      } finally {
        clks.unpersist();
      }
    }
  }

  /** {@code link match}. */
  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      description = {
        "Find the pairs of records whose CLKs have a Dice coefficient at or above the threshold, between every",
        "two inputs, as anonlink 0.15.3 does; with --solve only the greedy matches. Inputs: CLK files in clkhash's",
        "format (.json) or tables (id, clk) that 'link encode' wrote. --format csv writes DIR/matches.csv exactly",
        "as 'barrier linkage match' writes its --out file; parquet and json write the table",
        "(dataset_a, a, dataset_b, b, dice) in the same order.",
        "Exit status: 0 ok, 1 invalid CLK files, 2 usage error."
      })
  static final class Match implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--threshold", required = true, paramLabel = "T", description = "The least Dice coefficient, in (0, 1].")
    private double threshold;

    @Option(names = "--solve", description = "Keep only the greedy one-to-one matches.")
    private boolean solve;

    @Option(names = "--lsh", paramLabel = "BANDSxBITS", description = "Hamming-LSH blocking, for example 40x16.")
    private String lsh;

    @Option(names = "--lsh-seed", defaultValue = "0", paramLabel = "S", description = "The seed of the LSH bit samples.")
    private long lshSeed;

    @Option(names = "--chunks", defaultValue = "8", paramLabel = "N",
        description = "Without --lsh: the chunks each input is cut into (default: ${DEFAULT-VALUE}).")
    private int chunks;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the pairs go.")
    private Path out;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|parquet|json",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--force", description = "Replace outputs that exist (a table folder is deleted and written anew).")
    private boolean force;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit.")
    private String master;

    @Parameters(arity = "2..*", paramLabel = "CLKS", description = "Two or more CLK files or tables.")
    private List<String> inputs;

    @Override
    public Integer call() throws IOException {
      Jobs.format(spec, format, "csv", "parquet", "json");
      if (!(threshold > 0 && threshold <= 1)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threshold must be in (0, 1]");
      }
      if (chunks < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--chunks must be at least 1");
      }
      HammingLshBlocking blocking = null;
      if (lsh != null) {
        try {
          blocking = HammingLshBlocking.parse(lsh, lshSeed);
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--lsh is " + e.getMessage());
        }
      }
      if (format.equals("csv")) {
        OutputFiles.check(out.resolve("matches.csv"), "--out", force);
      }
      SparkSession spark = Jobs.session("barrier link match", master);
      if (!format.equals("csv")) {
        Jobs.checkOutputs(spark, force, out.toString());
      }
      List<Dataset<Row>> tables = new ArrayList<>();
      for (String input : inputs) {
        tables.add(input.toLowerCase(Locale.ROOT).endsWith(".json") ? clkFile(spark, Path.of(input))
            : spark.read().parquet(input));
      }
      Dataset<Row> pairs = SparkMatching.candidates(tables, threshold, blocking, chunks).cache();
      try {
        Candidates candidates = SparkMatching.collect(pairs);
        List<CandidatePair> rows = solve ? GreedySolver.matchedPairs(candidates) : candidates;
        boolean two = inputs.size() == 2;
        if (format.equals("csv")) {
          Files.createDirectories(out);
          Jobs.writeFile(out.resolve("matches.csv"), force, o -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
            w.write(two ? "a,b,dice\n" : "dataset_a,a,dataset_b,b,dice\n");
            for (CandidatePair p : rows) {
              w.write((two ? "" : p.datasetA() + ",") + p.a() + "," + (two ? "" : p.datasetB() + ",") + p.b() + ","
                  + p.diceText() + "\n");
            }
            w.flush();
          });
        } else {
          Dataset<Row> table = solve ? pairsTable(spark, rows) : SparkMatching.ordered(pairs);
          Jobs.writeTable(table, format, out.toString(), force);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "%d candidate pairs at Dice >= %s%s; wrote %d %s to %s (%s)%n", candidates.size(),
            threshold, lsh == null ? "" : " with Hamming LSH " + lsh, rows.size(), solve ? "matched pairs" : "pairs",
            out, format);
        o.flush();
        return Jobs.OK;
      } finally {
        pairs.unpersist();
      }
    }

    private static Dataset<Row> pairsTable(SparkSession spark, List<CandidatePair> pairs) {
      List<Row> rows = new ArrayList<>(pairs.size());
      for (CandidatePair p : pairs) {
        rows.add(RowFactory.create(p.datasetA(), p.a(), p.datasetB(), p.b(), p.dice()));
      }
      return spark.createDataFrame(rows, SparkMatching.PAIRS).coalesce(1);
    }

    /** A clkhash CLK file, read by the library on the driver, as a table (id = position in the file). */
    private static Dataset<Row> clkFile(SparkSession spark, Path file) throws IOException {
      List<Row> rows = new ArrayList<>();
      try (InputStream in = Files.newInputStream(file)) {
        ClkFiles.read(in, clk -> rows.add(RowFactory.create(rows.size(), clk.toBytes())));
      }
      StructType schema = new StructType().add(SparkMatching.ID, DataTypes.IntegerType, false)
          .add(SparkMatching.CLK, DataTypes.BinaryType, false);
      return spark.createDataFrame(rows, schema);
    }
  }
}
