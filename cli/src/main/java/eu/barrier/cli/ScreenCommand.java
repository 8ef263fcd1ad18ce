package eu.barrier.cli;

import eu.barrier.cli.screen.DemoData;
import eu.barrier.core.BarrierException;
import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.Outcome;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.Subject;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningError;
import eu.barrier.screening.ScreeningException;
import eu.barrier.screening.ScreeningInput;
import eu.barrier.screening.ScreeningReport;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import eu.barrier.workbench.synthetic.SyntheticFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code barrier screen}: the main job, adapted from {@code barrier-screening}. Reads the input
 * directory ({@link ScreeningInput}), screens it ({@link Screening}), prints the ranked table,
 * writes the results document ({@link ScreeningResults}) and the HTML report, and, with a recipient
 * key, seals pseudonymised signal reports for the ARIEC ({@link ScreenExchange}). {@code --demo}
 * runs the whole flow on built-in synthetic data with DEMO-ONLY keys.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Screen establishments with the business-level catalogues: a ranked table of signals for review (never",
      "decisions) with the top reasons, the barrier and the service that could act; assessments.json and",
      "report.html in --out; with --exchange-to and --keys (or --demo) sealed, pseudonymised signal reports",
      "for the ARIEC and an audit log. Person-level and child-protection catalogues are refused.",
      "Input: --input DIR (establishments.json, observations.json), --kbo EXTRACT [--postcode|--nis]",
      "[--observations FILE] (a KBO Open Data extract, screened while it is read), or --demo: a built-in",
      "synthetic Genk-like city and DEMO-ONLY keys, labelled as such in every output.",
      "Exit status: 0 ok, 1 invalid input (each problem with its file and JSON path), 2 usage error."
    })
final class ScreenCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  static final class Source {
    @Option(names = "--demo", required = true,
        description = "Use the built-in synthetic demo city and DEMO-ONLY keys.")
    boolean demo;

    @Option(names = "--input", required = true, paramLabel = "DIR",
        description = "A directory with establishments.json and observations.json (as barrier synth writes them).")
    Path input;

    @Option(names = "--kbo", required = true, paramLabel = "ZIP|DIR",
        description = "A KBO Open Data full extract (zip or folder), screened while it is read.")
    Path kbo;
  }

  @Option(names = "--postcode", split = ",", paramLabel = "CODE",
      description = "With --kbo: keep the units whose own address has one of these postcodes, e.g. 3600,3620.")
  private List<String> postcodes;

  @Option(names = "--nis", paramLabel = "CODE",
      description = "With --kbo: keep the units of the municipality with this NIS code.")
  private String nis;

  @Option(names = "--observations", paramLabel = "FILE",
      description = "With --kbo: the municipal observations, CSV (subject,indicator,observedOn,source,grading) or JSON.")
  private Path observations;

  @Option(names = {"-q", "--quiet"}, description = "With --kbo: no progress on standard error.")
  private boolean quiet;

  @Option(names = "--catalogue", paramLabel = "ID|FILE", arity = "1..*",
      description = "Business-level catalogues (built-in ids or files); default: barrier-admin and the sector profiles.")
  private List<String> catalogues = new ArrayList<>();

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "weighted",
      description = "The risk model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--keep", paramLabel = "LEVEL", defaultValue = "none",
      description = "The lowest level listed in assessments.json: high, medium, low or none (default: ${DEFAULT-VALUE};"
          + " the others are counted only).")
  private String keep;

  private static final String ASSESSMENTS_JSON = "assessments.json";
  private static final String REPORT_HTML = "report.html";
  private static final String DEMO_INPUT = "input";

  @Option(names = "--force", description = "Replace the result files already in --out DIR (also sealed reports and demo keys).")
  private boolean force;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/screen",
      description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--exchange-to", paramLabel = "PUBLIC-FILE",
      description = "The ARIEC's public key file: seal a signal report for it (needs --keys).")
  private Path exchangeTo;

  @Option(names = "--keys", paramLabel = "FILE", description = "This municipality's keys file (needs --exchange-to).")
  private Path keys;

  @Option(names = "--pseudonym-service", paramLabel = "URL",
      description = {"With --keys and --exchange-to: take blind pk2 pseudonyms for the signal reports from this pseudonym",
        "service (barrier pseudonym-service) instead of the keys file's pseudonym keys; requests are signed with --keys."})
  private String pseudonymService;

  @Option(names = "--service-keys", paramLabel = "FILE",
      description = "With --pseudonym-service: the service's public keys (barrier-oprf-public/1) to pin.")
  private Path serviceKeys;

  @Option(names = "--legal-basis", paramLabel = "TEXT",
      description = "The basis in law for sharing, as established with your data protection officer, stated in the "
          + "sealed reports (needed with --exchange-to). Barrier does not provide one: see docs/screening.md.")
  private String legalBasis;

  @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
      description = "Language of reasons and explanations (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Reference date YYYY-MM-DD (default: the demo's date, or the latest observation date).")
  private String asOf;

  @Option(names = "--top", paramLabel = "N", defaultValue = "15",
      description = "How many establishments the table shows (default: ${DEFAULT-VALUE}; all are in the files).")
  private int top;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Language language = Cli.language(spec, lang);
    if (!RiskModels.IDS.contains(model)) {
      throw usage("--model must be one of: " + String.join(", ", RiskModels.IDS));
    }
    if (top < 0) {
      throw usage("--top must be 0 or more");
    }
    Outcome keptFrom;
    try {
      keptFrom = Outcome.fromId(keep);
      Screening.builder().keep(keptFrom);
    } catch (IllegalArgumentException e) {
      throw usage("--keep must be high, medium, low or none");
    }
    if ((exchangeTo == null) != (keys == null)) {
      throw usage("--exchange-to and --keys go together");
    }
    if (keys != null && legalBasis == null) {
      throw usage("--exchange-to needs --legal-basis TEXT: the municipality states why it may share");
    }
    if ((pseudonymService != null || serviceKeys != null) && keys == null) {
      throw usage("--pseudonym-service and --service-keys go with --keys and --exchange-to");
    }
    if (serviceKeys != null && pseudonymService == null) {
      throw usage("--service-keys goes with --pseudonym-service");
    }
    if (source.demo && keys != null) {
      throw usage("--demo uses its own DEMO-ONLY keys; --keys and --exchange-to are for real data");
    }
    Optional<LocalDate> fixedDate = Optional.empty();
    if (asOf != null) {
      try {
        fixedDate = Optional.of(LocalDate.parse(asOf));
      } catch (DateTimeParseException e) {
        throw usage("--as-of must be a date YYYY-MM-DD");
      }
    }
    Screening screening = screening(keptFrom);
    if (source.kbo == null && (postcodes != null || nis != null || observations != null)) {
      throw usage("--postcode, --nis and --observations go with --kbo");
    }
    List<String> outputs = new ArrayList<>(List.of(ASSESSMENTS_JSON, REPORT_HTML));
    if (source.demo) {
      SyntheticFiles.FILES.forEach(f -> outputs.add(DEMO_INPUT + "/" + f));
    }
    OutputFiles.checkAll(spec, out, outputs, "--out", force, source.input == null ? new Path[0]
        : new Path[] {source.input.resolve(ScreeningInput.ESTABLISHMENTS), source.input.resolve(ScreeningInput.OBSERVATIONS)});
    if (source.demo || keys != null) {
      ScreenExchange.check(spec, out, source.demo, force);
    }
    ScreeningResult result;
    if (source.kbo != null) {
      try {
        Files.createDirectories(out);
      } catch (IOException e) {
        throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
      }
      Optional<ScreeningResult> fromKbo = KboScreening.run(spec, screening, source.kbo, postcodes, nis, observations,
          fixedDate, quiet);
      if (fromKbo.isEmpty()) {
        return BarrierCli.INVALID;
      }
      result = fromKbo.get();
    } else {
      Path inputDir;
      try {
        Files.createDirectories(out);
        if (source.demo) {
          inputDir = out.resolve(DEMO_INPUT);
          DemoData.write(inputDir);
        } else {
          inputDir = source.input;
        }
      } catch (IOException e) {
        throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
      }
      ScreeningInput input;
      try {
        input = ScreeningInput.read(inputDir);
      } catch (ScreeningException e) {
        if (e.error() == ScreeningError.INPUT_UNREADABLE) {
          throw usage("--input DIR must hold readable " + ScreeningInput.ESTABLISHMENTS + " and "
              + ScreeningInput.OBSERVATIONS);
        }
        stderr.printf("barrier screen: invalid input: %d problem(s)%n", e.problems().size());
        e.problems().stream().limit(50).forEach(p -> stderr.printf("  %s%n", p));
        stderr.flush();
        return BarrierCli.INVALID;
      }
      List<Subject> subjects = new ArrayList<>();
      for (ObservedEstablishment e : input.establishments()) {
        subjects.add(new Subject(e.subject(), e.observations()));
      }
      LocalDate date = fixedDate.or(() -> source.demo ? Optional.of(DemoData.asOf()) : Optional.empty())
          .or(() -> AssessInput.latestObservationDate(subjects))
          .orElseThrow(() -> usage("the input has no observation dates; give --as-of"));
      result = screening.screenAll(input.establishments(), date).withSource(
          source.demo ? new ScreeningResult.Source("built-in demo city", input.source().sha256()) : input.source());
      if (source.demo) {
        result = result.withDemoLabel(DemoData.NOTICE);
      }
    }
    Path json = out.resolve(ASSESSMENTS_JSON);
    Path html = out.resolve(REPORT_HTML);
    ScreeningResult written = result;
    OutputFiles.write(spec, json, o -> ScreeningResults.write(written, language, o), "--out", force,
        OutputFiles.Access.SHARED);
    OutputFiles.write(spec, html, OutputFiles.utf8(ScreeningReport.html(result, language,
        "barrier " + BarrierCli.Version.version())), "--out", force, OutputFiles.Access.SHARED);
    stdout.print(ScreenOutput.table(result, language, top));
    stdout.println();
    stdout.println("wrote " + json);
    stdout.println("wrote " + html);
    int code = BarrierCli.OK;
    if (source.demo || keys != null) {
      try {
        ScreenExchange.Setup setup = source.demo ? ScreenExchange.demoSetup() : realSetup();
        code = ScreenExchange.run(result, setup, source.demo, out, stdout, stderr);
      } catch (IOException e) {
        throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
      } catch (ExchangeFiles.Invalid e) {
        stderr.println("barrier screen: " + e.getMessage());
        code = BarrierCli.INVALID;
      } catch (BarrierException e) {
        stderr.println("barrier screen: the signal report could not be sealed: " + e.getMessage());
        code = BarrierCli.INVALID;
      }
    }
    stdout.flush();
    return code;
  }

  private Screening screening(Outcome keptFrom) {
    Screening.Builder builder = Screening.builder().model(model).keep(keptFrom);
    try {
      for (String idOrFile : catalogues) {
        builder.catalogue(catalogue(idOrFile));
      }
      return builder.build();
    } catch (ScreeningException e) {
      throw usage(e.problems().get(0).where() + ": " + e.error().rule() + " [" + e.code() + "]");
    }
  }

  private ScreenExchange.Setup realSetup() {
    eu.barrier.privacy.key.PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
    eu.barrier.privacy.key.PartyPublicKeys recipient = ExchangeFiles.publicKeys(spec, List.of(exchangeTo),
        "--exchange-to").get(0);
    // the shared key set of the purpose and recipient when the party imported one (barrier keys import),
    // with rotation aliases during its overlap
    eu.barrier.privacy.pseudonym.Pseudonymiser pseudonymiser = eu.barrier.privacy.pseudonym.Pseudonymiser.forParty(
        bundle, eu.barrier.privacy.pseudonym.PseudonymContext.of(ScreenExchange.PURPOSE, recipient.partyId()),
        java.time.LocalDate.now(java.time.ZoneOffset.UTC));
    return new ScreenExchange.Setup(bundle.partyKeys(), pseudonymiser, recipient, ScreenExchange.PURPOSE,
        legalBasis, eu.barrier.privacy.envelope.Handling.of(eu.barrier.privacy.envelope.Tlp.AMBER_STRICT,
            List.of(ScreeningResult.NOTICE)),
        pseudonymService == null ? null
            : PseudonymiseCommand.serviceClient(spec, pseudonymService, "--pseudonym-service", serviceKeys,
                bundle.partyKeys()));
  }

  private HashedCatalogue catalogue(String idOrFile) {
    try {
      return CatalogueOption.resolve(spec, "--catalogue", idOrFile);
    } catch (CatalogueFormatException e) {
      throw usage("--catalogue FILE is not a valid catalogue (" + e.problems().size()
          + " problem(s)); run 'barrier catalogue lint FILE'");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
