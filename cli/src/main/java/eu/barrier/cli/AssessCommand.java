package eu.barrier.cli;

import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.AssessInputException;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.ScoringException;
import eu.barrier.indicators.scoring.Subject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code barrier assess}: score subjects with a catalogue and a model, and print explained
 * assessments. Signals for review, never decisions.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Assess subjects with a catalogue and a risk model; print explained signals for review, never decisions.",
      "Without --as-of the reference date is the latest observation date in the input (never the clock).",
      "Exit status: 0 ok, 1 invalid input (each problem with its JSON path, never the value), 2 usage error."
    })
final class AssessCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--catalogue", required = true, paramLabel = "ID|FILE",
      description = "A built-in catalogue id, or a catalogue JSON file.")
  private String catalogue;

  @Option(names = "--model", paramLabel = "ilo-2009|weighted", defaultValue = "weighted",
      description = "The risk model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "The assess input JSON file.")
  private Path input;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Reference date YYYY-MM-DD (default: the latest observation date in the input).")
  private String asOf;

  @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private String format;

  @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
      description = "Language of the explanations (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
  private Path output;

  @Option(names = "--force", description = "Replace an existing --output FILE.")
  private boolean force;

  @Override
  public Integer call() {
    if (output != null) {
      OutputFiles.check(spec, output, "--output", force, input);
    }
    return ExchangeFiles.guarded(spec, this::assess);
  }

  private int assess() {
    Language language = Cli.language(spec, lang);
    if (!List.of("table", "json", "csv").contains(format)) {
      throw usage("--format must be table, json or csv");
    }
    if (!RiskModels.IDS.contains(model)) {
      throw usage("--model must be one of: " + String.join(", ", RiskModels.IDS));
    }
    Optional<LocalDate> fixedDate = Optional.empty();
    if (asOf != null) {
      try {
        fixedDate = Optional.of(LocalDate.parse(asOf));
      } catch (DateTimeParseException e) {
        throw usage("--as-of must be a date YYYY-MM-DD");
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    HashedCatalogue hashed;
    try {
      hashed = catalogue();
    } catch (CatalogueFormatException e) {
      err.printf("invalid catalogue: %d problem(s)%n", e.problems().size());
      e.problems().forEach(p -> err.printf("  %s%n", p));
      err.flush();
      return BarrierCli.INVALID;
    }
    RiskModel riskModel;
    try {
      riskModel = RiskModels.compile(model, hashed);
    } catch (ScoringException e) {
      throw usage("the model cannot use this catalogue: " + e.getMessage());
    }
    List<Subject> subjects;
    try {
      subjects = AssessInput.read(readInput());
      AssessInput.requireKind(subjects, hashed.catalogue().subjectKind());
    } catch (AssessInputException e) {
      err.printf("invalid input: %d problem(s)%n", e.problems().size());
      e.problems().forEach(p -> err.printf("  %s%n", p));
      err.flush();
      return BarrierCli.INVALID;
    }
    LocalDate date = fixedDate.or(() -> AssessInput.latestObservationDate(subjects)).orElseThrow(
        () -> usage("the input has no observation dates; give --as-of"));
    List<Assessment> assessments = riskModel.assessAll(subjects, date);
    String text;
    switch (format) {
      case "json":
        text = AssessOutput.json(assessments, language);
        break;
      case "csv":
        text = AssessOutput.csv(assessments, riskModel);
        break;
      default:
        text = AssessOutput.table(assessments, riskModel, language);
        break;
    }
    if (output != null) {
      OutputFiles.write(spec, output, text.getBytes(StandardCharsets.UTF_8), "--output", force,
          OutputFiles.Access.SHARED, input);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return BarrierCli.OK;
  }

  private HashedCatalogue catalogue() {
    return CatalogueOption.resolve(spec, "--catalogue", catalogue);
  }

  private byte[] readInput() {
    return ExchangeFiles.read(spec, input, "--input", AssessInput.MAX_DOCUMENT_BYTES);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
