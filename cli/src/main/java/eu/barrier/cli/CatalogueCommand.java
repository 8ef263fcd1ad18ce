package eu.barrier.cli;

import eu.barrier.indicators.catalogue.Catalogue;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.CatalogueLint;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.Indicator;
import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.LintFinding;
import eu.barrier.indicators.catalogue.LintReport;
import eu.barrier.indicators.catalogue.Severity;
import eu.barrier.core.json.BarrierJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code barrier catalogue}: list, show and lint indicator catalogues. */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "List, show and lint indicator catalogues.",
    subcommands = {CatalogueCommand.ListCatalogues.class, CatalogueCommand.Show.class, CatalogueCommand.Lint.class})
final class CatalogueCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier catalogue --help'.");
  }

  /** {@code barrier catalogue list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = "List the built-in catalogues: id, version, subject kind, purpose, indicators, verification.")
  static final class ListCatalogues implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      String format = "%-26s %-8s %-14s %-18s %10s  %s%n";
      out.printf(Locale.ROOT, format, "ID", "VERSION", "SUBJECT", "PURPOSE", "INDICATORS", "VERIFICATION");
      for (String id : Catalogues.builtInIds()) {
        Catalogue c = Catalogues.builtIn(id);
        out.printf(Locale.ROOT, format, c.id(), c.version(), BarrierJson.enumId(c.subjectKind()),
            c.purpose().id() + (c.childProtection() ? "*" : ""), c.indicators().size(),
            c.provenance().verification().id());
      }
      out.printf("* child-protection data: reference only, never scored or exchanged with business screening%n");
      out.flush();
      return BarrierCli.OK;
    }
  }

  /** {@code barrier catalogue show ID [--lang]}. */
  @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = "Show a built-in catalogue and its indicators in Dutch, French or English.")
  static final class Show implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "A built-in catalogue id (see 'barrier catalogue list').")
    private String id;

    @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
        description = "Language of titles and labels (default: ${DEFAULT-VALUE}).")
    private String lang;

    @Override
    public Integer call() {
      Language language = Cli.language(spec, lang);
      Catalogue c = Catalogues.findBuiltIn(id).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "Unknown catalogue id; known ids: " + String.join(", ", Catalogues.builtInIds())));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%s %s: %s%n", c.id(), c.version(), c.title().in(language));
      out.printf("subject %s, purpose %s%s, verification %s, %d indicators%n", BarrierJson.enumId(c.subjectKind()),
          c.purpose().id(), c.childProtection() ? ", child protection" : "", c.provenance().verification().id(),
          c.indicators().size());
      out.printf("%s%n%n", c.description().in(language));
      for (Indicator i : c.indicators()) {
        out.printf(Locale.ROOT, "%-16s %-16s %-11s %s%n", i.id(), i.category().id(), i.strength().id(),
            i.label().in(language));
        out.printf("%-16s observed by: %s%n", "", i.observedBy().stream().map(BarrierJson::enumId)
            .collect(Collectors.joining(", ")));
      }
      out.flush();
      return BarrierCli.OK;
    }
  }

  /** {@code barrier catalogue lint FILE}. */
  @Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = BarrierCli.Version.class,
      description = {"Check a catalogue file: format, then lint rules (unique ids, languages, references,",
          "strengths, protected characteristics). Every problem is printed with its JSON path.",
          "Exit status: 0 no errors or warnings (info findings are printed), 1 findings, 2 usage error."})
  static final class Lint implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The catalogue JSON file.")
    private Path file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Catalogue catalogue;
      byte[] bytes;
      try {
        bytes = ExchangeFiles.read(spec, file, "FILE", CatalogueOption.MAX_FILE_BYTES);
      } catch (ExchangeFiles.Invalid e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
        catalogue = Catalogues.loadDraft(in);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "Cannot read FILE: " + e.getClass().getSimpleName());
      } catch (CatalogueFormatException e) {
        out.printf("invalid catalogue document: %d problem(s)%n", e.problems().size());
        e.problems().forEach(p -> out.printf("  %s%n", p));
        out.flush();
        return BarrierCli.INVALID;
      }
      LintReport report = CatalogueLint.check(catalogue);
      long blocking = report.findings().stream().filter(f -> f.severity() != Severity.INFO).count();
      out.printf("%s: %d finding(s), %d error(s)%n", catalogue.reference(), report.findings().size(),
          report.errors().size());
      for (LintFinding finding : report.findings()) {
        out.printf("  %s%n", finding);
      }
      out.flush();
      return blocking == 0 ? BarrierCli.OK : BarrierCli.INVALID;
    }
  }
}
