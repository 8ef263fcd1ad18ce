package eu.barrier.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.pseudonym.PseudonymContext;
import eu.barrier.spark.SecretFile;
import eu.barrier.spark.pseudonym.SparkPseudonymisation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code pseudonymise} for {@code spark-submit}: keyed pseudonyms of identifier columns of a table,
 * as {@code barrier pseudonymise} gives them one by one.
 */
@Command(
    name = "pseudonymise",
    mixinStandardHelpOptions = true,
    description = {
      "Replace identifier columns of a table with their keyed pseudonyms (pk1.<kid>.<tag>), as 'barrier",
      "pseudonymise' gives them. Input: .txt (one value per line, column 'value'), .csv (header), .json (JSON",
      "lines) or Parquet. An invalid value is never hashed: its cell is empty and its column is named in",
      "barrier_invalid; standard error counts them per column, never shows one.",
      "Exit status: 0 all valid, 1 some invalid (the table is still written), 2 usage error."
    })
public final class PseudonymiseJob implements Callable<Integer> {

  /** Creates the job; picocli sets its options from the arguments. */
  public PseudonymiseJob() {}

  @Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  private Keys keys;

  static final class Keys {
    @Option(names = "--keys", required = true, paramLabel = "FILE",
        description = "The keys file (barrier-keys/1), read by the driver and broadcast.")
    Path driverFile;

    @Option(names = "--keys-on-executor", required = true, paramLabel = "PATH|NAME",
        description = "The keys file read by each executor: an absolute path there, or a name shipped with --files.")
    String executorFile;
  }

  @Option(names = "--purpose", required = true, paramLabel = "P", description = "The purpose label, for example thb-signal.")
  private String purpose;

  @Option(names = "--recipient", required = true, paramLabel = "R", description = "The recipient domain label.")
  private String recipient;

  @Option(names = "--type", required = true, paramLabel = "TYPE", description = "Identifier type, for example nl-bsn.")
  private String typeId;

  @Option(names = "--column", paramLabel = "NAME", description = "A column to pseudonymise (default: value).")
  private List<String> columns;

  @Option(names = "--in", required = true, paramLabel = "PATH", description = "The table.")
  private String in;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the table goes.")
  private String out;

  @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--force", description = "Replace outputs that exist (a table folder is deleted and written anew).")
  private boolean force;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default local[*]).")
  private String master;

  /**
   * Runs the job.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    Jobs.main(new PseudonymiseJob(), args);
  }

  @Override
  public Integer call() {
    Jobs.format(spec, format, "parquet", "json");
    IdentifierType type;
    try {
      type = IdentifierType.fromId(typeId);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown identifier type (--type)");
    }
    if (!PseudonymContext.isValidLabel(purpose) || !PseudonymContext.isValidLabel(recipient)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--purpose and --recipient must be 1 to 64 of "
          + "a-z 0-9 . _ : / -, starting with a letter or digit");
    }
    SecretFile secret = keys.driverFile != null ? SecretFile.readOnDriver(keys.driverFile)
        : SecretFile.onExecutor(keys.executorFile);
    SparkSession spark = Jobs.session("barrier pseudonymise", master);
    Jobs.checkOutputs(spark, force, out);
    Dataset<Row> table = in.toLowerCase(Locale.ROOT).endsWith(".txt") ? spark.read().text(in)
        : Jobs.readTable(spark, in);
    List<String> names = columns == null || columns.isEmpty() ? List.of("value") : columns;
    Dataset<Row> result = SparkPseudonymisation.pseudonymise(table, secret, PseudonymContext.of(purpose, recipient),
        type, names).cache();
    try {
      Jobs.writeTable(result, format, out, force);
      List<Row> invalid = result.select(explode(col(SparkPseudonymisation.INVALID)).as("column"))
          .groupBy("column").count().orderBy("column").collectAsList();
      long rows = result.count();
      PrintWriter err = spec.commandLine().getErr();
      long total = 0;
      for (Row r : invalid) {
        err.printf(Locale.ROOT, "invalid %s in column %s: %d value(s), not hashed%n", type.id(), r.getString(0),
            r.getLong(1));
        total += r.getLong(1);
      }
      err.flush();
      PrintWriter o = spec.commandLine().getOut();
      o.printf(Locale.ROOT, "pseudonymised %d row(s) (%s) for purpose %s, recipient %s; wrote %s (%s)%n", rows,
          String.join(", ", names), purpose, recipient, out, format);
      o.flush();
      return total == 0 ? Jobs.OK : Jobs.INVALID;
    } finally {
      result.unpersist();
    }
  }
}
