package eu.barrier.spark.job;

import eu.barrier.core.Language;
import eu.barrier.core.input.InputFiles;
import eu.barrier.core.output.OutputFiles;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.spark.kbo.KboUnits;
import eu.barrier.spark.screening.ObservationsFile;
import eu.barrier.spark.screening.ScreeningSpec;
import eu.barrier.spark.screening.SparkScreening;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code screen} for {@code spark-submit}: screens a KBO extract (the whole country) or a table of
 * establishments with the municipal observations, as {@code barrier screen --kbo} does on one
 * machine, and writes the same results document ({@code assessments.json}) plus the kept
 * establishments as a table.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screen every establishment unit of a KBO Open Data extract, or every row of a table of establishments",
      "(columns id, sector), with the municipal observations; as 'barrier screen --kbo' on one machine.",
      "Writes DIR/assessments.json (the results document barrier.screening-results/1) and DIR/establishments",
      "(the kept establishments, ranked: Parquet or JSON lines). Signals for review, never decisions.",
      "Exit status: 0 done, 1 invalid input, 2 usage error."
    })
public final class ScreenJob implements Callable<Integer> {

  /** Creates the job; picocli sets its options from the arguments. */
  public ScreenJob() {}

  @Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  private Input input;

  static final class Input {
    @Option(names = "--kbo", required = true, paramLabel = "DIR", description = "An unzipped KBO Open Data full extract.")
    String kbo;

    @Option(names = "--establishments", required = true, paramLabel = "PATH",
        description = "A table with string columns id and sector: .csv (header), .json (JSON lines) or Parquet.")
    String establishments;
  }

  @Option(names = "--observations", paramLabel = "FILE",
      description = "Municipal observations, CSV (subject,indicator,observedOn,source,grading) or JSON.")
  private Path observations;

  @Option(names = "--catalogue", paramLabel = "ID|FILE",
      description = "Business-level catalogues, built-in ids or files (default: barrier-admin and the sector profiles).")
  private List<String> catalogues;

  @Option(names = "--model", defaultValue = "weighted", paramLabel = "M", description = "The risk model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--keep", defaultValue = "low", paramLabel = "LEVEL",
      description = "The lowest level listed: high, medium, low or none (default: ${DEFAULT-VALUE}; the others are counted).")
  private String keep;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The reference date (default: the latest observation).")
  private LocalDate asOf;

  @Option(names = "--lang", defaultValue = "en", paramLabel = "nl|fr|en", description = "Language of the explanations.")
  private String lang;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the outputs go.")
  private Path out;

  @Option(names = "--format", defaultValue = "parquet", paramLabel = "parquet|json",
      description = "Format of DIR/establishments (default: ${DEFAULT-VALUE}).")
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
    Jobs.main(new ScreenJob(), args);
  }

  @Override
  public Integer call() throws IOException {
    Jobs.format(spec, format, "parquet", "json");
    Outcome keptFrom;
    try {
      keptFrom = Outcome.fromId(keep);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--keep takes high, medium, low or none");
    }
    Language language = switch (lang) {
      case "nl" -> Language.NL;
      case "fr" -> Language.FR;
      case "en" -> Language.EN;
      default -> throw new CommandLine.ParameterException(spec.commandLine(), "--lang takes nl, fr or en");
    };
    ScreeningSpec screeningSpec = ScreeningSpec.defaults().withModel(model).withKeep(keptFrom);
    for (String c : catalogues == null ? List.<String>of() : catalogues) {
      if (Catalogues.findBuiltIn(c).isPresent()) {
        screeningSpec = screeningSpec.withBuiltIn(c);
      } else if (Files.isRegularFile(Path.of(c)) && Files.size(Path.of(c)) <= 4L << 20) {
        screeningSpec = screeningSpec.withDocument(InputFiles.read(Path.of(c), 4L << 20, "--catalogue"));
      } else {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--catalogue is neither a built-in id nor a readable file of at most 4 MiB");
      }
    }
    SparkScreening screening;
    try {
      screening = SparkScreening.of(screeningSpec);
    } catch (eu.barrier.screening.ScreeningException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ObservationsFile observed = observations == null ? null : ObservationsFile.read(observations);
    LocalDate date = Optional.ofNullable(asOf).or(() -> observed == null ? Optional.empty() : observed.latest())
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "without observation dates give --as-of"));
    Path dir = Jobs.outDir(spec, out);
    Path document = dir.resolve("assessments.json");
    OutputFiles.check(document, "--out", force, observations);
    SparkSession spark = Jobs.session("barrier screen", master);
    Jobs.checkOutputs(spark, force, dir.resolve("establishments").toString());
    Dataset<Row> table = input.kbo != null ? KboUnits.read(spark, input.kbo) : Jobs.readTable(spark, input.establishments);
    SparkScreening.Run run = screening.screen(table, observed, date, language);
    TreeMap<String, String> hashes = new TreeMap<>();
    if (observed != null) {
      hashes.put(observed.name(), observed.sha256());
    }
    String name = input.kbo != null ? "KBO Open Data extract " + Path.of(input.kbo).getFileName()
        : "establishments " + Path.of(input.establishments).getFileName();
    run = run.withSource(new ScreeningResult.Source(name, hashes));
    Jobs.writeFile(document, force, run::write);
    Jobs.writeTable(run.table(spark), format, dir.resolve("establishments").toString(), force);
    ScreeningResult result = run.summary();
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "%d establishments screened as of %s: high %d, medium %d, low %d, none %d; %d kept (from %s)%n",
        result.total(), date, result.count(Outcome.HIGH), result.count(Outcome.MEDIUM), result.count(Outcome.LOW),
        result.count(Outcome.NONE), run.kept(), result.keptFrom().id());
    if (observed != null) {
      w.printf(Locale.ROOT, "%d observed subject(s) matched an establishment; %d did not (outside the input)%n",
          run.matchedSubjects(), run.unmatchedSubjects());
    }
    w.printf("wrote %s and %s (%s)%n", dir.resolve("assessments.json"), dir.resolve("establishments"), format);
    w.println(ScreeningResult.NOTICE);
    w.flush();
    return Jobs.OK;
  }
}
