package eu.barrier.cli;

import eu.barrier.cli.report.ScreenReport;
import eu.barrier.cli.screen.DemoData;
import eu.barrier.cli.screen.ScreenInput;
import eu.barrier.cli.screen.ScreenResult;
import eu.barrier.cli.screen.ScreenedEstablishment;
import eu.barrier.cli.screen.Screening;
import eu.barrier.core.BarrierException;
import eu.barrier.indicators.catalogue.CatalogueFormatException;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.indicators.catalogue.HashedCatalogue;
import eu.barrier.core.Language;
import eu.barrier.indicators.scoring.AssessInput;
import eu.barrier.indicators.scoring.RiskModels;
import eu.barrier.indicators.scoring.ScoringException;
import eu.barrier.indicators.scoring.Subject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code barrier screen}: the main job. Reads establishments and observations, assesses them with
 * the business-level catalogues, prints a ranked and explained table, writes {@code
 * assessments.json} and an HTML report, and, with a recipient key, seals a pseudonymised signal
 * report for the ARIEC with an audit log. {@code --demo} runs the whole flow on built-in
 * synthetic data with DEMO-ONLY keys.
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
      "--demo uses a built-in synthetic Genk-like city and DEMO-ONLY keys, labelled as such in every output.",
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
  }

  @Option(names = "--catalogue", paramLabel = "ID|FILE", arity = "1..*",
      description = "Business-level catalogues (built-in ids or files); default: barrier-admin and the sector profiles.")
  private List<String> catalogues = new ArrayList<>();

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "weighted",
      description = "The risk model (default: ${DEFAULT-VALUE}).")
  private String model;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/screen",
      description = "Where to write the outputs (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--exchange-to", paramLabel = "PUBLIC-FILE",
      description = "The ARIEC's public key file: seal a signal report for it (needs --keys).")
  private Path exchangeTo;

  @Option(names = "--keys", paramLabel = "FILE", description = "This municipality's keys file (needs --exchange-to).")
  private Path keys;

  @Option(names = "--legal-basis", paramLabel = "TEXT",
      description = "The legal basis stated in the sealed reports (needed with --exchange-to), for example the police "
          + "ordinance under art. 119ter NGW or the ARIEC protocol.")
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
    if ((exchangeTo == null) != (keys == null)) {
      throw usage("--exchange-to and --keys go together");
    }
    if (keys != null && legalBasis == null) {
      throw usage("--exchange-to needs --legal-basis TEXT: the municipality states why it may share");
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
    List<HashedCatalogue> selected = selectCatalogues();
    Screening screening;
    try {
      screening = Screening.compile(model, selected);
    } catch (ScoringException e) {
      throw usage("the model cannot use a catalogue: " + e.getMessage());
    }
    Path inputDir;
    try {
      Files.createDirectories(out);
      if (source.demo) {
        inputDir = out.resolve("input");
        DemoData.write(inputDir);
      } else {
        inputDir = source.input;
      }
    } catch (IOException e) {
      throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
    }
    List<ScreenInput.Entry> entries;
    TreeMap<String, String> hashes = new TreeMap<>();
    try {
      entries = ScreenInput.read(inputDir);
      hashes.put(ScreenInput.ESTABLISHMENTS, sha256(Files.readAllBytes(inputDir.resolve(ScreenInput.ESTABLISHMENTS))));
      hashes.put(ScreenInput.OBSERVATIONS, sha256(Files.readAllBytes(inputDir.resolve(ScreenInput.OBSERVATIONS))));
    } catch (ScreenInput.InvalidInput e) {
      stderr.printf("barrier screen: invalid input: %d problem(s)%n", e.problems().size());
      e.problems().stream().limit(50).forEach(p -> stderr.printf("  %s%n", p));
      stderr.flush();
      return BarrierCli.INVALID;
    } catch (NoSuchFileException e) {
      throw usage("--input DIR must hold " + ScreenInput.ESTABLISHMENTS + " and " + ScreenInput.OBSERVATIONS);
    } catch (IOException e) {
      throw usage("cannot read --input DIR (" + e.getClass().getSimpleName() + ")");
    }
    List<Subject> subjects = entries.stream().map(ScreenInput.Entry::subject).collect(Collectors.toList());
    LocalDate date = fixedDate.or(() -> source.demo ? Optional.of(DemoData.asOf()) : Optional.empty())
        .or(() -> AssessInput.latestObservationDate(subjects))
        .orElseThrow(() -> usage("the input has no observation dates; give --as-of"));
    List<ScreenedEstablishment> ranked = screening.screen(entries, date);
    ScreenResult result = new ScreenResult(source.demo ? Optional.of(DemoData.NOTICE) : Optional.empty(),
        source.demo ? "built-in demo city" : inputDir.getFileName().toString(), hashes, date, model, screening.models().get(0).parameters(), selected, ranked, language,
        BarrierCli.Version.version());
    Path json = out.resolve("assessments.json");
    Path html = out.resolve("report.html");
    try {
      Files.writeString(json, ScreenOutput.json(result), StandardCharsets.UTF_8);
      Files.writeString(html, ScreenReport.render(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw usage("cannot write into --out DIR (" + e.getClass().getSimpleName() + ")");
    }
    stdout.print(ScreenOutput.table(result, top));
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

  private ScreenExchange.Setup realSetup() {
    eu.barrier.privacy.key.PartyKeyBundle bundle = ExchangeFiles.keys(spec, keys);
    eu.barrier.privacy.key.PartyPublicKeys recipient = ExchangeFiles.publicKeys(spec, List.of(exchangeTo),
        "--exchange-to").get(0);
    return new ScreenExchange.Setup(bundle.partyKeys(), bundle.keySet(), recipient, ScreenExchange.PURPOSE,
        legalBasis, eu.barrier.privacy.envelope.Handling.of(eu.barrier.privacy.envelope.Tlp.AMBER_STRICT,
            List.of(eu.barrier.cli.screen.ScreenResult.NOTICE)));
  }

  private List<HashedCatalogue> selectCatalogues() {
    if (catalogues.isEmpty()) {
      return Screening.defaultCatalogues();
    }
    List<HashedCatalogue> list = new ArrayList<>();
    for (String idOrFile : catalogues) {
      HashedCatalogue c = catalogue(idOrFile);
      String refusal = Screening.check(c);
      if (refusal != null) {
        throw usage(refusal);
      }
      list.add(c);
    }
    return list;
  }

  private HashedCatalogue catalogue(String idOrFile) {
    try {
      return CatalogueOption.resolve(spec, "--catalogue", idOrFile);
    } catch (CatalogueFormatException e) {
      throw usage("--catalogue FILE is not a valid catalogue (" + e.problems().size()
          + " problem(s)); run 'barrier catalogue lint FILE'");
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
