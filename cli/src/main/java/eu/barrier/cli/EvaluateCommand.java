package eu.barrier.cli;

import eu.barrier.core.BarrierException;
import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.ScoringException;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.report.Numbers;
import eu.barrier.workbench.evaluation.Estimate;
import eu.barrier.workbench.evaluation.Evaluation;
import eu.barrier.workbench.evaluation.EvaluationException;
import eu.barrier.workbench.evaluation.EvaluationOptions;
import eu.barrier.workbench.evaluation.EvaluationReport;
import eu.barrier.workbench.evaluation.EvaluationResult;
import eu.barrier.workbench.evaluation.FairnessResult;
import eu.barrier.workbench.evaluation.LabelledData;
import eu.barrier.workbench.evaluation.LabelledInput;
import eu.barrier.workbench.evaluation.LabelledInputException;
import eu.barrier.workbench.evaluation.ReportContext;
import eu.barrier.workbench.evaluation.Scorer;
import eu.barrier.workbench.evaluation.ScorerResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier evaluate}: evaluate a catalogue and model on labelled subjects. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Evaluate a catalogue and risk model on labelled subjects (the assess input plus \"label\" and",
      "optional \"auditGroup\"): ROC and PR AUC with bootstrap intervals, figures per level, indicators,",
      "drop-one ablation and fairness per audit group. Writes one self-contained HTML report and,",
      "with --json, every figure as JSON. The same inputs give the same bytes.",
      "Exit status: 0 written, 1 invalid labelled file or catalogue, 2 usage error (including a model that refuses the catalogue)."
    })
final class EvaluateCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--catalogue", required = true, paramLabel = "ID|FILE",
      description = "A built-in catalogue id or a catalogue file.")
  private String catalogue;

  @Option(names = "--model", defaultValue = "weighted", paramLabel = "MODEL",
      description = "Risk model: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).",
      completionCandidates = ModelIds.class)
  private String model;

  @Option(names = "--labelled", required = true, paramLabel = "FILE", description = "Labelled subjects (JSON).")
  private Path labelled;

  @Option(names = "--report", required = true, paramLabel = "FILE", description = "The HTML report to write.")
  private Path report;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write every figure as JSON.")
  private Path json;

  @Option(names = "--compare-catalogue", paramLabel = "ID|FILE",
      description = "A second catalogue, evaluated side by side on the same subjects.")
  private String compareCatalogue;

  @Option(names = "--compare-model", paramLabel = "MODEL",
      description = "The model for the second scorer (default: --model). Alone, compares two models on one catalogue.")
  private String compareModel;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Reference date (default: the input's provenance asOf, else its latest observation).")
  private String asOf;

  @Option(names = "--bootstrap", defaultValue = "1000", paramLabel = "N",
      description = "Bootstrap replicates, 0 to 100000 (default ${DEFAULT-VALUE}).")
  private int bootstrap;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--no-ablation", description = "Skip the drop-one ablation.")
  private boolean noAblation;

  @Option(names = "--title", defaultValue = "Barrier evaluation report", paramLabel = "TEXT",
      description = "Report title.")
  private String title;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
  private boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    checkModel(model, "--model");
    if (compareModel != null) {
      checkModel(compareModel, "--compare-model");
    }
    EvaluationOptions options;
    try {
      options = EvaluationOptions.DEFAULTS.withBootstrapReplicates(bootstrap).withSeed(seed).withAblation(!noAblation);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    LocalDate asOfDate = null;
    if (asOf != null) {
      try {
        asOfDate = LocalDate.parse(asOf);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--as-of must be a date like 2026-06-30");
      }
    }
    byte[] bytes;
    try {
      bytes = ExchangeFiles.read(spec, labelled, "--labelled", LabelledInput.MAX_DOCUMENT_BYTES);
    } catch (ExchangeFiles.Invalid e) {
      err.println(e.getMessage());
      err.flush();
      return BarrierCli.INVALID;
    }
    ProgressBar bar = new ProgressBar(err, quiet);
    try {
      bar.progress("reading labelled subjects", 0, 1);
      LabelledData data = LabelledInput.read(bytes);
      HashedCatalogue first = catalogue(catalogue, "--catalogue");
      HashedCatalogue second = compareCatalogue == null ? null : catalogue(compareCatalogue, "--compare-catalogue");
      if (second == null && compareModel != null) {
        second = first;
      }
      if (asOfDate == null) {
        asOfDate = data.defaultAsOf().orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "the labelled subjects have no observations; give --as-of"));
      }
      List<Scorer> scorers = new ArrayList<>();
      scorers.add(Scorer.of(compile(model, first), asOfDate));
      if (second != null) {
        Scorer other = Scorer.of(compile(compareModel == null ? model : compareModel, second), asOfDate);
        if (other.name().equals(scorers.get(0).name())) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "the compared catalogue and model are the same as the first");
        }
        scorers.add(other);
      }
      List<Subject> subjects = data.unlabelled();
      AssessInput.requireKind(subjects, first.catalogue().subjectKind());
      if (second != null) {
        AssessInput.requireKind(subjects, second.catalogue().subjectKind());
      }
      EvaluationResult result = Evaluation.evaluate(data, scorers, options, bar);
      bar.progress("writing report", 1, 1);
      ReportContext context = ReportContext.of(title, labelled.getFileName().toString(), bytes,
          BarrierCli.Version.version());
      write(report, EvaluationReport.html(result, context));
      if (json != null) {
        write(json, EvaluationReport.json(result, context));
      }
      bar.finish();
      summary(out, result);
      out.println("wrote " + report);
      if (json != null) {
        out.println("wrote " + json);
      }
      out.flush();
      return BarrierCli.OK;
    } catch (LabelledInputException e) {
      bar.finish();
      err.println("barrier evaluate: " + e.problems().size() + " problem(s) in the labelled file [" + e.code() + "]");
      e.problems().stream().limit(20).forEach(p -> err.println("  " + p));
      return BarrierCli.INVALID;
    } catch (AssessInputException e) {
      bar.finish();
      err.println("barrier evaluate: " + e.getMessage());
      return BarrierCli.INVALID;
    } catch (CatalogueFormatException e) {
      bar.finish();
      err.println("barrier evaluate: invalid catalogue [" + e.code() + "]");
      e.problems().stream().limit(20).forEach(p -> err.println("  " + p));
      return BarrierCli.INVALID;
    } catch (ScoringException | EvaluationException e) {
      bar.finish();
      err.println("barrier evaluate: " + e.getMessage());
      return BarrierCli.INVALID;
    } catch (IOException e) {
      bar.finish();
      err.println("barrier evaluate: cannot write the report (" + e.getClass().getSimpleName() + ")");
      return BarrierCli.USAGE;
    } catch (BarrierException e) {
      bar.finish();
      err.println("barrier evaluate: " + e.getMessage());
      return BarrierCli.INVALID;
    } finally {
      bar.finish();
    }
  }

  private RiskModel compile(String id, HashedCatalogue hashed) {
    try {
      return RiskModels.compile(id, hashed);
    } catch (ScoringException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "the model cannot use this catalogue: " + e.getMessage());
    }
  }

  private void checkModel(String id, String option) {
    if (!RiskModels.IDS.contains(id)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          option + " must be one of: " + String.join(", ", RiskModels.IDS));
    }
  }

  private HashedCatalogue catalogue(String idOrFile, String option) {
    return CatalogueOption.resolve(spec, option, idOrFile);
  }

  private static void write(Path path, String text) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static void summary(PrintWriter out, EvaluationResult result) {
    int width = 12;
    for (ScorerResult s : result.scorers()) {
      width = Math.max(width, s.name().length());
    }
    String format = "%-" + width + "s  %-22s  %-22s  %s%n";
    out.printf(Locale.ROOT, "%d subjects, %d positive (%s %%)%n", result.data().subjects(), result.data().positives(),
        fixed(100 * result.data().prevalence(), 1));
    out.printf(Locale.ROOT, format, "scorer", "ROC AUC (95% CI)", "PR AUC (95% CI)", "four-fifths rule");
    for (ScorerResult s : result.scorers()) {
      List<String> violated = new ArrayList<>();
      for (FairnessResult f : s.fourFifthsViolations()) {
        violated.add(f.level() + (f.smallSample() ? " (small sample)" : ""));
      }
      String fairness = s.fairness().isEmpty() ? "no audit groups"
          : violated.isEmpty() ? "met at every level" : "VIOLATED at " + String.join(", ", violated);
      out.printf(Locale.ROOT, format, s.name(), interval(s.rocAuc()), interval(s.prAuc()), fairness);
    }
  }

  private static String interval(Estimate e) {
    return fixed(e.value(), 3) + (e.replicates() == 0 ? "" : " [" + fixed(e.lower(), 3) + ", " + fixed(e.upper(), 3) + "]");
  }

  private static String fixed(double x, int digits) {
    return Numbers.of(Language.EN).fixed(x, digits);
  }

  /** The model ids, for help and completion. */
  static final class ModelIds implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return RiskModels.IDS.iterator();
    }
  }
}
