package eu.barrier.spark.job;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.output.OutputException;
import eu.barrier.core.output.OutputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/** What every job shares: the session, reading and writing tables, and exit codes. */
final class Jobs {

  static final int OK = 0;
  static final int INVALID = 1;
  static final int USAGE = 2;

  private Jobs() {}

  /** Runs a job's command line and exits with its status. */
  static void main(Object command, String[] args) {
    int status = commandLine(command).execute(args);
    SparkSession.getActiveSession().foreach(s -> {
      s.stop();
      return null;
    });
    System.exit(status);
  }

  /** The command line of a job: a failure whose cause is bad input (a BarrierException) exits with 1. */
  static CommandLine commandLine(Object command) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      Throwable t = e;
      while (t != null && !(t instanceof BarrierException)) {
        t = t.getCause();
      }
      if (t != null) {
        line.getErr().println(line.getCommandName() + ": " + t.getMessage());
        return INVALID;
      }
      throw e;
    });
    return cli;
  }

  /**
   * The largest task result sent with the task's status rather than through the block manager,
   * unless the configuration sets {@value #DIRECT_RESULT_SIZE}: 128 MiB, Spark's cap (it uses the
   * smaller of this and {@code spark.rpc.message.maxSize}, 128 MiB by default). Spark's default of 1
   * MiB sends every larger result through the block manager, a second transfer that the driver's
   * threads then fetch and copy: a screening task sends its kept establishments (about 17 MB per
   * 125,000 rows in the scaling run), and that fetch took about a quarter of the time of the tasks'
   * part of a {@code local[2]} screening in a probe (benchmarks/README.md).
   */
  static final String DIRECT_RESULT_SIZE = "spark.task.maxDirectResultSize";

  /**
   * Returns the session: under {@code spark-submit} its master and configuration; run directly,
   * {@code local[*]} unless {@code --master} says otherwise. Sets {@value #DIRECT_RESULT_SIZE} to
   * 128m unless the configuration sets it.
   */
  static SparkSession session(String appName, String master) {
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    if (!new SparkConf().contains(DIRECT_RESULT_SIZE)) {
      b.config(DIRECT_RESULT_SIZE, "128m");
    }
    if (master != null) {
      b.master(master);
    } else if (System.getProperty("spark.master") == null) {
      b.master("local[*]");
    }
    return b.getOrCreate();
  }

  /** Reads a table: {@code .csv} with a header (every column a string), {@code .json} JSON lines, else Parquet. */
  static Dataset<Row> readTable(SparkSession spark, String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".csv")) {
      return spark.read().option("header", "true").option("quote", "\"").option("escape", "\"")
          .option("mode", "FAILFAST").csv(path);
    }
    if (p.endsWith(".json") || p.endsWith(".jsonl")) {
      return spark.read().json(path);
    }
    return spark.read().parquet(path);
  }

  /**
   * Writes a table as Parquet or JSON lines: a folder at {@code path}, which must not exist unless
   * {@code force}, and which {@code force} deletes and writes anew (Spark's overwrite mode).
   */
  static void writeTable(Dataset<Row> table, String format, String path, boolean force) {
    SaveMode mode = force ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (format.equals("json")) {
      table.write().mode(mode).json(path);
    } else {
      table.write().mode(mode).parquet(path);
    }
  }

  /**
   * Refuses, before any work, outputs that exist (on the file system the path names: local, HDFS,
   * object storage) unless {@code force}, as {@code barrier} commands refuse them.
   *
   * @param paths the files and table folders the job writes
   * @throws OutputException ({@code BARRIER-CORE-0502}) naming the option, never the path
   */
  static void checkOutputs(SparkSession spark, boolean force, String... paths) {
    if (force) {
      return;
    }
    for (String p : paths) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
      boolean exists;
      try {
        exists = path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
      } catch (java.io.IOException e) {
        throw new OutputException(CoreError.OUTPUT_IO, "--out cannot be checked (" + e.getClass().getSimpleName()
            + ")", null);
      }
      if (exists) {
        throw new OutputException(CoreError.OUTPUT_EXISTS, "an output in --out exists; add --force to replace it",
            null);
      }
    }
  }

  /** Writes one file of the driver's through the library's output policy (temporary file, then rename). */
  static void writeFile(Path file, boolean force, OutputFiles.Content content) {
    OutputFiles.write(file, content, "--out", force, OutputFiles.Access.SHARED);
  }

  /** Checks an output format option. */
  static String format(CommandLine.Model.CommandSpec spec, String format, String... allowed) {
    for (String a : allowed) {
      if (a.equals(format)) {
        return format;
      }
    }
    throw new CommandLine.ParameterException(spec.commandLine(), "--format takes " + String.join(", ", allowed));
  }

  /** Creates the output folder. */
  static Path outDir(CommandLine.Model.CommandSpec spec, Path out) {
    try {
      return Files.createDirectories(out);
    } catch (java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot create --out DIR ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
