package eu.barrier.cli;

import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.screening.Screening;
import eu.barrier.transparency.CheckReport;
import eu.barrier.transparency.Deployment;
import eu.barrier.transparency.DocumentKind;
import eu.barrier.transparency.EvaluationMetrics;
import eu.barrier.transparency.Finding;
import eu.barrier.transparency.PublicationCategory;
import eu.barrier.transparency.RegisterStatus;
import eu.barrier.transparency.Transparency;
import eu.barrier.transparency.TransparencyDocuments;
import eu.barrier.transparency.TransparencyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code barrier transparency}: the accountability documents of a screening, adapted from {@code
 * barrier-transparency} ({@link Transparency}); {@code barrier transparency check FILE} checks a
 * hand-edited one.
 */
@Command(
    name = "transparency",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    subcommands = {TransparencyCommand.Check.class},
    description = {
      "Generate the accountability documents of a screening from the catalogues and the model that score it:",
      "algoritmeregister.json (Dutch Algoritmeregister, publication standard 1.0), algoritmeregister-template.json",
      "(supplier template), dpia-prefill.json (urn:nl:dpia:3.0) and iama-prefill.json (urn:nl:iama:2.0) for the",
      "government's assessment tool, and model-card.html. Texts are drafts: what the metadata does not know is said,",
      "and weighing questions are left empty. 'barrier transparency check FILE' checks a hand-edited record,",
      "template or prefill file.",
      "Exit status: 0 written, 1 invalid input (each problem with its path and code), 2 usage error."
    })
final class TransparencyCommand implements Callable<Integer> {

  private static final Map<String, RegisterStatus> STATUSES = Map.of("in-development", RegisterStatus.IN_DEVELOPMENT,
      "in-use", RegisterStatus.IN_USE, "out-of-use", RegisterStatus.OUT_OF_USE);
  private static final Map<String, PublicationCategory> CATEGORIES = Map.of(
      "high-risk", PublicationCategory.HIGH_RISK_AI_SYSTEM, "impactful", PublicationCategory.IMPACTFUL,
      "other", PublicationCategory.OTHER);

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--catalogue", paramLabel = "ID|FILE", arity = "1..*",
      description = "Business-level catalogues (built-in ids or files), as the screening uses them; default: "
          + "barrier-admin and the sector profiles.")
  private List<String> catalogues = new ArrayList<>();

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "weighted",
      description = "The risk model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--evaluation", paramLabel = "METRICS.json",
      description = "The metrics file of 'barrier evaluate --json' for these catalogues: its figures and fairness "
          + "results go into the documents.")
  private Path evaluation;

  @Option(names = "--profile", paramLabel = "be-2024|nl-bibob",
      description = "The legal frame: be-2024 (Belgian integrity screening, law of 15 January 2024) or nl-bibob.")
  private String profile;

  @Option(names = "--organisation", paramLabel = "NAME",
      description = "The organisation that deploys the screening, for example 'Gemeente Voorbeeld'.")
  private String organisation;

  @Option(names = "--contact", paramLabel = "EMAIL|URL",
      description = "A general e-mail address or https URL for questions about the algorithm and its outcomes.")
  private String contact;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/transparency",
      description = "Where to write the files (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--date", paramLabel = "DATE",
      description = "The date of the documents, YYYY-MM-DD (default: today, UTC); the same date gives the same bytes.")
  private String date;

  @Option(names = "--status", paramLabel = "STATUS", defaultValue = "in-development",
      description = "Register status: in-development, in-use or out-of-use (default: ${DEFAULT-VALUE}).")
  private String status;

  @Option(names = "--publication-category", paramLabel = "CATEGORY", defaultValue = "impactful",
      description = "Register publication category: high-risk, impactful or other (default: ${DEFAULT-VALUE}).")
  private String publicationCategory;

  @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
      description = "Language of model-card.html (default: ${DEFAULT-VALUE}); the register and prefill files are Dutch.")
  private String lang;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Language language = Cli.language(spec, lang);
    if (organisation == null || contact == null) {
      throw usage("--organisation and --contact are required to generate documents");
    }
    if (!STATUSES.containsKey(status)) {
      throw usage("--status must be in-development, in-use or out-of-use");
    }
    if (!CATEGORIES.containsKey(publicationCategory)) {
      throw usage("--publication-category must be high-risk, impactful or other");
    }
    LocalDate day;
    try {
      day = date == null ? LocalDate.now(Clock.systemUTC()) : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw usage("--date must be a date YYYY-MM-DD");
    }
    Deployment.Builder builder = Deployment.builder().model(model).organisation(organisation).contact(contact)
        .date(day).status(STATUSES.get(status)).publicationCategory(CATEGORIES.get(publicationCategory));
    if (profile != null) {
      builder.profile(profile);
    }
    try {
      builder.catalogues(catalogues.isEmpty() ? Screening.defaultCatalogues() : resolve());
      if (evaluation != null) {
        builder.evaluation(EvaluationMetrics.read(
            ExchangeFiles.read(spec, evaluation, "--evaluation", EvaluationMetrics.MAX_BYTES)));
      }
      TransparencyDocuments documents = Transparency.generate(builder.build());
      for (Path file : documents.writeTo(out, language)) {
        stdout.printf("wrote %s%n", file);
      }
      stdout.printf("Drafts for review: fill in what the files say is unknown, and do the weighing yourself.%n");
      return BarrierCli.OK;
    } catch (CatalogueFormatException e) {
      stderr.printf("barrier transparency: --catalogue FILE is not a valid catalogue: %d problem(s)%n",
          e.problems().size());
      e.problems().stream().limit(50).forEach(p -> stderr.printf("  %s%n", p));
      return BarrierCli.INVALID;
    } catch (TransparencyException e) {
      stderr.printf("barrier transparency: no documents written: %d problem(s)%n", e.findings().size());
      e.findings().stream().limit(50).forEach(f -> stderr.printf("  %s%n", f));
      return BarrierCli.INVALID;
    } catch (IOException e) {
      throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
    } finally {
      stderr.flush();
    }
  }

  private List<HashedCatalogue> resolve() {
    List<HashedCatalogue> list = new ArrayList<>();
    for (String c : catalogues) {
      list.add(CatalogueOption.resolveDraft(spec, "--catalogue", c));
    }
    return list;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** {@code barrier transparency check FILE}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Check an Algoritmeregister record or supplier template against publication standard 1.0 (mandatory fields,",
        "length limits, permitted values, allowed HTML tags, links), or a DPIA or IAMA prefill file against the answer",
        "format and the questions of urn:nl:dpia:3.0 or urn:nl:iama:2.0. Each problem is printed with its JSON path",
        "and code, never a value.",
        "Exit status: 0 valid, 1 invalid, 2 usage error."
      })
  static final class Check implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The record, template or prefill file.")
    private Path file;

    @Override
    public Integer call() {
      PrintWriter stdout = spec.commandLine().getOut();
      byte[] bytes = ExchangeFiles.read(spec, file, "FILE", Transparency.MAX_CHECK_BYTES);
      CheckReport report = Transparency.check(bytes);
      String kind = report.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      if (report.isValid()) {
        stdout.printf("%s: %s, no problems%n", file, kind);
        return BarrierCli.OK;
      }
      stdout.printf("%s: %s, %d problem(s)%n", file, report.kind() == DocumentKind.UNKNOWN ? "not checked" : kind,
          report.findings().size());
      for (Finding f : report.findings()) {
        stdout.printf("  %s%n", f);
      }
      return BarrierCli.INVALID;
    }
  }
}
