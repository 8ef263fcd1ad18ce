package eu.barrier.cli;

import eu.barrier.core.BarrierException;
import eu.barrier.linkage.block.BlockedCandidates;
import eu.barrier.linkage.block.HammingLshBlocking;
import eu.barrier.linkage.clk.ClkEncoder;
import eu.barrier.linkage.clk.ClkFiles;
import eu.barrier.linkage.clk.EncodingReport;
import eu.barrier.linkage.clk.Hardening;
import eu.barrier.linkage.clk.LinkageSecret;
import eu.barrier.linkage.clk.RecordProblem;
import eu.barrier.linkage.match.CandidatePair;
import eu.barrier.linkage.match.CandidateSearch;
import eu.barrier.linkage.match.Candidates;
import eu.barrier.linkage.match.ClkSet;
import eu.barrier.linkage.match.GreedySolver;
import eu.barrier.linkage.quality.BlockingQuality;
import eu.barrier.linkage.quality.LinkageQuality;
import eu.barrier.linkage.quality.Preparation;
import eu.barrier.linkage.quality.QualityReport;
import eu.barrier.linkage.quality.QualityReports;
import eu.barrier.linkage.quality.SyntheticPeople;
import eu.barrier.linkage.quality.ThresholdQuality;
import eu.barrier.linkage.schema.LinkageSchema;
import eu.barrier.linkage.schema.LinkageSchemas;
import eu.barrier.linkage.schema.SchemaCheck;
import eu.barrier.linkage.schema.SchemaProblem;
import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.SecretBytes;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
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
 * {@code barrier linkage}: privacy-preserving record linkage with CLKs compatible with clkhash.
 * Each subcommand adapts one library call of {@code eu.barrier.linkage}.
 */
@Command(
    name = "linkage",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Privacy-preserving record linkage: encode records as CLKs compatible with clkhash 0.18.3,",
      "match CLKs of two or more parties as anonlink does. See docs/linkage.md."
    },
    subcommands = {LinkageCommand.Secret.class, LinkageCommand.Encode.class, LinkageCommand.Match.class,
        LinkageCommand.SchemaCommand.class, LinkageCommand.Quality.class})
final class LinkageCommand implements Runnable {

  /** The largest secret or schema file read. */
  static final long MAX_SMALL_FILE = 1024 * 1024;

  /** The largest records CSV read by {@code linkage encode} (streamed, so memory stays flat). */
  static final long MAX_RECORDS_FILE = 2L << 30;

  /** The largest CLK file read by {@code linkage match} (each is held in memory). */
  static final long MAX_CLK_FILE = 1L << 30;

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier linkage --help'.");
  }

  /** Hardening options shared by encode and quality. */
  static final class HardeningOptions {
    @Option(names = "--xor-folds", paramLabel = "N", description = "Hardening: fold the filter N times (1 to 8).")
    Integer xorFolds;

    @Option(names = "--blip", paramLabel = "P", description = "Hardening: flip every bit with probability P (BLIP).")
    Double blip;

    @Option(names = "--balance", description = "Hardening: append the complement and permute (2l bits, l set).")
    boolean balance;

    @Option(names = "--salt", paramLabel = "FEATURE:SALTED,...",
        description = "Hardening: salt the keys of the SALTED features with the value of FEATURE, "
            + "for example birthYear:givenName,surname.")
    String salt;

    Hardening build(CommandLine.Model.CommandSpec spec) {
      Hardening.Builder b = Hardening.builder();
      try {
        if (xorFolds != null) {
          b.xorFolds(xorFolds);
        }
        if (blip != null) {
          b.blip(blip);
        }
        if (balance) {
          b.balance();
        }
        if (salt != null) {
          int colon = salt.indexOf(':');
          if (colon < 1 || colon == salt.length() - 1) {
            throw new IllegalArgumentException("--salt is FEATURE:SALTED[,SALTED...]");
          }
          b.salt(salt.substring(0, colon), salt.substring(colon + 1).split(","));
        }
      } catch (IllegalArgumentException e) {
        throw ExchangeFiles.usage(spec, e.getMessage());
      }
      return b.build();
    }
  }

  static LinkageSchema schema(CommandLine.Model.CommandSpec spec, Path file) {
    byte[] bytes = ExchangeFiles.read(spec, file, "--schema", MAX_SMALL_FILE);
    try {
      return LinkageSchemas.parse(bytes);
    } catch (eu.barrier.linkage.schema.SchemaException e) {
      StringBuilder b = new StringBuilder("invalid linkage schema (--schema): " + e.code());
      for (SchemaProblem p : e.problems()) {
        b.append(System.lineSeparator()).append("  ").append(p.severity() == SchemaProblem.Severity.ERROR
            ? "error " : "warning ").append(p.describe());
      }
      throw new ExchangeFiles.Invalid(b.toString());
    }
  }

  /** Parses {@code --lsh BANDSxBITS}. */
  static HammingLshBlocking lsh(CommandLine.Model.CommandSpec spec, String text, long seed) {
    try {
      return HammingLshBlocking.parse(text, seed);
    } catch (IllegalArgumentException e) {
      throw ExchangeFiles.usage(spec, "--lsh is " + e.getMessage());
    }
  }

  /**
   * Streams an output under the library's output policy (checked, temporary file, forced, renamed);
   * a body that returns {@code false} discards the output and leaves any existing file unchanged.
   */
  static void writeAtomically(CommandLine.Model.CommandSpec spec, Path out, String option, boolean force,
      ThrowingWriter body, Path... inputs) {
    OutputFiles.check(spec, out, option, force, inputs);
    try {
      eu.barrier.core.output.OutputFiles.replace(out, o -> {
        if (!body.write(o)) {
          throw new Discarded();
        }
      }, eu.barrier.core.output.OutputFiles.Access.SHARED, option + " FILE");
    } catch (eu.barrier.core.output.OutputException e) {
      if (e.getCause() instanceof Discarded) {
        return;
      }
      if (e.getCause() instanceof UncheckedIOException u && u.getCause() != null) {
        throw ExchangeFiles.usage(spec, "cannot write " + option + " FILE: " + u.getCause().getClass().getSimpleName());
      }
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** Tells the output policy to drop the temporary file: the output is not kept. */
  private static final class Discarded extends IOException {
    private static final long serialVersionUID = 1L;

    Discarded() {
      super(null, null);
    }
  }

  /** Writes the output; returns whether to keep it. */
  @FunctionalInterface
  interface ThrowingWriter {
    boolean write(OutputStream out) throws IOException;
  }

  /** {@code barrier linkage secret --out FILE}. */
  @Command(
      name = "secret",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Generate a new linkage secret: 32 random bytes written as 43 characters of base64url, readable by the",
        "owner only where the file system allows. Share it with the other data holders, never with the",
        "linkage unit. Use one secret per linkage project.",
        "Exit status: 0 ok, 2 usage error (including an existing --out FILE)."
      })
  static final class Secret implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The secret file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Override
    public Integer call() {
      SecretBytes secret = LinkageSecret.generateText(new SecureRandom());
      byte[] text = secret.toByteArray(InsecureSecretAccess.get());
      try {
        ExchangeFiles.writeSecret(spec, out, new String(text, StandardCharsets.US_ASCII) + "\n", force);
      } finally {
        java.util.Arrays.fill(text, (byte) 0);
      }
      spec.commandLine().getOut().println("wrote a new linkage secret to " + out);
      spec.commandLine().getOut().flush();
      return BarrierCli.OK;
    }
  }

  /** {@code barrier linkage encode}. */
  @Command(
      name = "encode",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Encode the records of a CSV file (with a header of the schema's feature identifiers) as CLKs,",
        "byte-identical to clkhash 0.18.3's without hardening options, written as {\"clks\": [base64, ...]}.",
        "Every invalid record is named on standard error by row number (1 = first record after the header),",
        "line and field, never by its value; then nothing is written.",
        "Exit status: 0 ok, 1 invalid schema, secret or records, 2 usage error."
      })
  static final class Encode implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--schema", required = true, paramLabel = "SCHEMA.json", description = "The linkage schema.")
    private Path schema;

    @Option(names = "--secret-file", required = true, paramLabel = "FILE",
        description = "The linkage secret: the file's bytes without one trailing line break.")
    private Path secretFile;

    @Option(names = "--in", required = true, paramLabel = "RECORDS.csv", description = "The records, UTF-8 CSV.")
    private Path in;

    @Option(names = "--out", required = true, paramLabel = "CLKS.json", description = "The CLK file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @CommandLine.ArgGroup(exclusive = false, heading = "Hardening (off by default; all parties must agree):%n")
    private HardeningOptions hardening;

    @Override
    public Integer call() {
      OutputFiles.check(spec, out, "--out", force, in, schema, secretFile);
      return ExchangeFiles.guarded(spec, () -> {
        LinkageSchema s = schema(spec, schema);
        Hardening h = hardening == null ? Hardening.none() : hardening.build(spec);
        byte[] secretBytes = ExchangeFiles.read(spec, secretFile, "--secret-file", MAX_SMALL_FILE);
        LinkageSecret secret;
        try {
          secret = LinkageSecret.fromFileContent(secretBytes, InsecureSecretAccess.get());
        } finally {
          java.util.Arrays.fill(secretBytes, (byte) 0);
        }
        ClkEncoder encoder;
        try {
          encoder = ClkEncoder.create(s, secret, h);
        } catch (IllegalArgumentException e) {
          throw ExchangeFiles.usage(spec, "hardening does not fit the schema: " + e.getMessage());
        }
        EncodingReport[] report = new EncodingReport[1];
        PrintWriter err = spec.commandLine().getErr();
        try (InputStream records = ExchangeFiles.open(spec, in, "--in", MAX_RECORDS_FILE)) {
          writeAtomically(spec, out, "--out", force, o -> {
            try (ClkFiles.Writer w = ClkFiles.writer(o)) {
              report[0] = encoder.encodeCsv(records, (row, clk) -> {
                try {
                  w.add(clk);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
            }
            return report[0].valid();
          }, in, schema, secretFile);
        } catch (IOException e) {
          throw ExchangeFiles.usage(spec, "cannot read --in FILE: " + e.getClass().getSimpleName());
        }
        EncodingReport r = report[0];
        if (!r.valid()) {
          for (RecordProblem p : r.problems()) {
            err.println("invalid " + p.describe());
          }
          if (r.problemCount() > r.problems().size()) {
            err.println("... and " + (r.problemCount() - r.problems().size()) + " more problems");
          }
          err.printf("%d of %d records are invalid; nothing written%n", r.records() - r.encoded(), r.records());
          err.flush();
          return BarrierCli.INVALID;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.printf("encoded %d records as %d-bit CLKs (schema v%d, sha256 %s, %s) to %s%n", r.encoded(),
            encoder.clkLength(), s.version(), s.sha256().substring(0, 16), h, out);
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier linkage match}. */
  @Command(
      name = "match",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Find the pairs of records whose CLKs have a Dice coefficient at or above the threshold, between every",
        "two of the CLK files, as anonlink 0.15.3 does; with --solve only the greedy one-to-one matches.",
        "Output CSV: a,b,dice for two files (0-based record indexes into the first and second file); for more",
        "files dataset_a,a,dataset_b,b,dice (0-based file indexes). Dice is the shortest decimal that reads",
        "back as the same double. Rows are ordered by Dice descending, then by index.",
        "Exit status: 0 ok, 1 invalid CLK files, 2 usage error."
      })
  static final class Match implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--threshold", required = true, paramLabel = "T", description = "The least Dice coefficient, in (0, 1].")
    private double threshold;

    @Option(names = "--solve", description = "Keep only the greedy one-to-one matches.")
    private boolean solve;

    @Option(names = "--out", required = true, paramLabel = "PAIRS.csv", description = "The CSV file to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the Dice scan (default: all processors).")
    private Integer threads;

    @Option(names = "--lsh", paramLabel = "BANDSxBITS",
        description = "Compare only pairs whose CLKs agree on one of BANDS samples of BITS bits (Hamming LSH), "
            + "for example 40x16.")
    private String lsh;

    @Option(names = "--lsh-seed", paramLabel = "S", defaultValue = "0",
        description = "The seed of the LSH bit samples (default: ${DEFAULT-VALUE}).")
    private long lshSeed;

    @Parameters(arity = "2..*", paramLabel = "CLKS.json", description = "Two or more CLK files.")
    private List<Path> files;

    @Override
    public Integer call() {
      if (!(threshold > 0 && threshold <= 1)) {
        throw ExchangeFiles.usage(spec, "--threshold must be in (0, 1]");
      }
      if (threads != null && threads < 1) {
        throw ExchangeFiles.usage(spec, "--threads must be at least 1");
      }
      OutputFiles.check(spec, out, "--out", force, files.toArray(Path[]::new));
      HammingLshBlocking blocking = lsh == null ? null : lsh(spec, lsh, lshSeed);
      return ExchangeFiles.guarded(spec, () -> {
        List<ClkSet> sets = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
          try (InputStream in = ExchangeFiles.open(spec, files.get(i), "CLK file #" + (i + 1), MAX_CLK_FILE)) {
            sets.add(ClkSet.read(in));
          } catch (IOException e) {
            throw ExchangeFiles.usage(spec, "cannot read CLK file #" + (i + 1) + ": " + e.getClass().getSimpleName());
          } catch (BarrierException e) {
            throw new ExchangeFiles.Invalid("invalid CLK file #" + (i + 1) + " (" + files.get(i) + "): "
                + e.getMessage());
          }
        }
        Candidates candidates;
        long comparisons;
        if (blocking != null) {
          BlockedCandidates b = blocking.search(sets, threshold);
          candidates = b.candidates();
          comparisons = b.comparisons();
        } else {
          CandidateSearch search = CandidateSearch.withThreshold(threshold);
          if (threads != null) {
            search = search.threads(threads);
          }
          candidates = search.search(sets);
          comparisons = candidates.comparisons();
        }
        List<CandidatePair> rows = solve ? GreedySolver.matchedPairs(candidates) : candidates;
        boolean two = sets.size() == 2;
        writeAtomically(spec, out, "--out", force, o -> {
          Writer w = new BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8));
          w.write(two ? "a,b,dice\n" : "dataset_a,a,dataset_b,b,dice\n");
          for (CandidatePair p : rows) {
            if (two) {
              w.write(p.a() + "," + p.b() + "," + p.diceText() + "\n");
            } else {
              w.write(p.datasetA() + "," + p.a() + "," + p.datasetB() + "," + p.b() + "," + p.diceText() + "\n");
            }
          }
          w.flush();
          return true;
        }, files.toArray(Path[]::new));
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d candidate pairs at Dice >= %s (%d comparisons)%s; wrote %d %s to %s%n", candidates.size(),
            threshold, comparisons, blocking == null ? "" : " with " + blocking, rows.size(),
            solve ? "matched pairs" : "pairs", out);
        o.flush();
        return BarrierCli.OK;
      });
    }
  }

  /** {@code barrier linkage schema lint}. */
  @Command(
      name = "schema",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = "Check linkage schemas.",
      subcommands = {SchemaCommand.Lint.class})
  static final class SchemaCommand implements Runnable {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "Missing subcommand; see 'barrier linkage schema --help'.");
    }

    /** {@code barrier linkage schema lint SCHEMA.json}. */
    @Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = BarrierCli.Version.class,
        description = {
          "Check a clkhash linkage schema (v1, v2 or v3) against clkhash's published JSON Schema and what",
          "encoding needs; print every problem with its JSON Pointer, and warnings about settings clkhash",
          "ignores or that weaken the encoding.",
          "Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error."
        })
    static final class Lint implements Callable<Integer> {
      @Spec private CommandLine.Model.CommandSpec spec;

      @Parameters(paramLabel = "SCHEMA.json", description = "The schema to check.")
      private Path file;

      @Override
      public Integer call() {
        SchemaCheck check = LinkageSchemas.check(ExchangeFiles.read(spec, file, "SCHEMA.json", MAX_SMALL_FILE));
        PrintWriter o = spec.commandLine().getOut();
        for (SchemaProblem p : check.problems()) {
          o.println((p.severity() == SchemaProblem.Severity.ERROR ? "error   " : "warning ") + p.describe());
        }
        if (check.valid()) {
          LinkageSchema s = check.schema().orElseThrow();
          o.printf("valid: %s, %d warnings%n", s, check.warnings().size());
        } else {
          o.printf("invalid: %d errors, %d warnings%n", check.errors().size(), check.warnings().size());
        }
        o.flush();
        return check.valid() ? BarrierCli.OK : BarrierCli.INVALID;
      }
    }
  }

  /** {@code barrier linkage quality}. */
  @Command(
      name = "quality",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Measure linkage quality on invented Belgian and Dutch-style people: two parties' records with typing",
        "errors, surname particles, swapped day and month, missing values and accents; precision, recall and",
        "F1 of the greedy matches per threshold. --compare measures the hardening settings of docs/linkage.md.",
        "Exit status: 0 ok, 2 usage error."
      })
  static final class Quality implements Callable<Integer> {
    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--size", defaultValue = "1000", paramLabel = "N",
        description = "People per party (default: ${DEFAULT-VALUE}).")
    private int size;

    @Option(names = "--overlap", defaultValue = "0.6", paramLabel = "F",
        description = "Share of people both parties have (default: ${DEFAULT-VALUE}).")
    private double overlap;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--preparation", defaultValue = "letters-only", paramLabel = "P",
        description = "Name preparation: as-recorded or letters-only (default: ${DEFAULT-VALUE}).")
    private String preparation;

    @Option(names = "--compare", description = "Measure every hardening setting of docs/linkage.md.")
    private boolean compare;

    @Option(names = "--lsh", paramLabel = "BANDSxBITS", description = "Also measure Hamming-LSH blocking, e.g. 40x16.")
    private String lsh;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write the report(s) as JSON.")
    private Path out;

    @Option(names = "--report", paramLabel = "FILE.html",
        description = "Write the report(s) as one HTML page in the workbench's report style.")
    private Path report;

    @Option(names = "--force", description = "Replace an existing --out or --report FILE.")
    private boolean force;

    @Option(names = "--lang", paramLabel = "nl|fr|en", defaultValue = "en",
        description = "Language of the HTML report (default: ${DEFAULT-VALUE}).")
    private String lang;

    @CommandLine.ArgGroup(exclusive = false, heading = "Hardening (without --compare):%n")
    private HardeningOptions hardening;

    @Override
    public Integer call() {
      if (size < 10 || size > 100_000 || !(overlap > 0 && overlap <= 1)) {
        throw ExchangeFiles.usage(spec, "--size must be 10 to 100000 and --overlap in (0, 1]");
      }
      if (out != null) {
        OutputFiles.check(spec, out, "--out", force);
      }
      if (report != null) {
        OutputFiles.check(spec, report, "--report", force);
      }
      Preparation prep = switch (preparation) {
        case "as-recorded" -> Preparation.AS_RECORDED;
        case "letters-only" -> Preparation.LETTERS_ONLY;
        default -> throw ExchangeFiles.usage(spec, "--preparation must be as-recorded or letters-only");
      };
      SyntheticPeople.Datasets data = SyntheticPeople.generate(size, overlap, seed);
      LinkageSchema schema = LinkageQuality.peopleSchema();
      // a secret for invented people only
      LinkageSecret secret = LinkageSecret.fromText("barrier linkage quality (test only)", InsecureSecretAccess.get());
      Map<String, Hardening> settings = new java.util.LinkedHashMap<>();
      if (compare) {
        settings.putAll(LinkageQuality.standardSettings(seed));
      } else {
        settings.put("chosen", hardening == null ? Hardening.none() : hardening.build(spec));
      }
      PrintWriter o = spec.commandLine().getOut();
      o.printf("%d people per party, %d true matches, seed %d, names %s%n", size, data.matchCount(), seed, preparation);
      eu.barrier.core.Language language = Cli.language(spec, lang);
      Map<String, QualityReport> reports = new java.util.LinkedHashMap<>();
      if (compare) {
        o.println("| hardening | best F1 | at threshold | precision | recall | F1 at 0.8 |");
        o.println("|---|---|---|---|---|---|");
      }
      for (Map.Entry<String, Hardening> e : settings.entrySet()) {
        QualityReport r = LinkageQuality.evaluate(data, schema, secret, e.getValue(), prep, seed);
        reports.put(e.getKey(), r);
        if (compare) {
          ThresholdQuality best = r.best();
          ThresholdQuality at08 = r.rows().stream().filter(q -> q.threshold() == 0.8).findFirst().orElseThrow();
          o.printf(Locale.ROOT, "| %s | %.3f | %.2f | %.3f | %.3f | %.3f |%n", e.getKey(), best.f1(),
              best.threshold(), best.precision(), best.recall(), at08.f1());
        } else {
          o.println("| threshold | matches | precision | recall | F1 |");
          o.println("|---|---|---|---|---|");
          for (ThresholdQuality q : r.rows()) {
            o.printf(Locale.ROOT, "| %.2f | %d | %.3f | %.3f | %.3f |%n", q.threshold(), q.matches(), q.precision(),
                q.recall(), q.f1());
          }
        }
      }
      BlockingQuality blocking = null;
      if (lsh != null) {
        HammingLshBlocking b = lsh(spec, lsh, seed);
        blocking = LinkageQuality.blocking(data, schema, secret, prep, b, 0.8);
        o.printf(Locale.ROOT, "blocking %s at 0.8: reduction ratio %.4f, pairs completeness %.4f (%d of %d pairs "
            + "compared)%n", b, blocking.reductionRatio(), blocking.pairsCompleteness(), blocking.comparisons(),
            blocking.totalPairs());
      }
      o.flush();
      if (out != null) {
        ExchangeFiles.write(spec, out, QualityReports.json(new ArrayList<>(reports.values()),
            java.util.Optional.ofNullable(blocking)).getBytes(StandardCharsets.UTF_8), "--out", force);
      }
      if (report != null) {
        ExchangeFiles.write(spec, report, QualityReports.html(reports, java.util.Optional.ofNullable(blocking),
            language, "barrier " + BarrierCli.Version.version()).getBytes(StandardCharsets.UTF_8), "--report", force);
      }
      return BarrierCli.OK;
    }
  }
}
