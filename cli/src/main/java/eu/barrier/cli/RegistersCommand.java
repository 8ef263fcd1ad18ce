package eu.barrier.cli;

import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.RegistersError;
import eu.barrier.registers.kbo.KboArea;
import eu.barrier.registers.kbo.KboDocument;
import eu.barrier.registers.kbo.KboReader;
import eu.barrier.registers.kbo.KboReport;
import eu.barrier.registers.kbo.KboSyntheticExtract;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier registers}: read the business registers (KBO Open Data). */
@Command(
    name = "registers",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {"Read business registers into the screening input format (see docs/registers.md)."},
    subcommands = {RegistersCommand.Kbo.class, RegistersCommand.KboSample.class})
final class RegistersCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "give a subcommand: kbo or kbo-sample");
  }

  /** {@code barrier registers kbo}. */
  @Command(
      name = "kbo",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Read a KBO Open Data extract (zip or folder) and write its establishment units, with their",
        "enterprises, names, addresses, activities and derived sectors, as establishments.json for",
        "'barrier screen --input'. With --base, the extract is an update applied to that earlier output.",
        "Prints rows read, kept and skipped per file; problems with file and line, never a value.",
        "Exit status: 0 written (problems in single rows are reported, not fatal), 1 the extract or",
        "base cannot be read, 2 usage error."
      })
  static final class Kbo implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "ZIP|DIR", description = "The extract: full, or update with --base.")
    private Path in;

    @Option(names = "--postcode", split = ",", paramLabel = "CODE",
        description = "Keep the units whose own address has one of these postcodes, e.g. 3600,3620.")
    private List<String> postcodes;

    @Option(names = "--nis", paramLabel = "CODE", description = "Keep the units of the municipality with this NIS code.")
    private String nis;

    @Option(names = "--base", paramLabel = "FILE", description = "An earlier output to apply the update extract to.")
    private Path base;

    @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The document to write.")
    private Path out;

    @Option(names = "--force", description = "Replace an existing --out FILE.")
    private boolean force;

    @Option(names = "--passes", paramLabel = "N", description = "Force N passes over the files (default: from the heap).")
    private Integer passes;

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
    private boolean quiet;

    @Override
    public Integer call() {
      PrintWriter stdout = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (postcodes != null && nis != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give --postcode or --nis, not both");
      }
      OutputFiles.check(spec, out, "--out", force, in, base);
      KboArea area;
      try {
        area = postcodes != null ? KboArea.postcodes(postcodes) : nis != null ? KboArea.nis(nis) : KboArea.all();
      } catch (RegisterFormatException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      ProgressBar bar = new ProgressBar(err, quiet);
      KboReader.Builder builder = KboReader.builder()
          .progress((pass, total, file, rows) -> bar.progress("pass " + pass + "/" + total + " " + file
              + " " + rows + " rows", pass - 1, total));
      if (passes != null) {
        if (passes < 1) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--passes must be at least 1");
        }
        builder.passes(passes);
      }
      try {
        KboReport report;
        if (base == null) {
          KboReader reader = builder.area(area).build();
          try (KboDocument.DocumentWriter writer = KboDocument.writer(out)) {
            report = reader.read(in, writer);
            bar.finish();
            writer.finish(KboDocument.Header.of(report.meta(), area), report);
          }
        } else {
          try (KboDocument.Base b = KboDocument.openBase(base, out.toAbsolutePath().getParent())) {
            KboArea baseArea = b.header().area();
            if ((postcodes != null || nis != null) && !baseArea.equals(area)) {
              err.println(RegistersError.BASE_AREA_MISMATCH.code() + ": " + RegistersError.BASE_AREA_MISMATCH.rule()
                  + " (the base keeps " + baseArea + ")");
              return 2;
            }
            KboReader reader = builder.area(baseArea).build();
            try (KboDocument.DocumentWriter writer = KboDocument.writer(out)) {
              report = reader.update(b.extract(), in, writer);
              bar.finish();
              writer.finish(b.header().with(report.meta()), report);
            }
          }
        }
        print(stdout, report);
        return 0;
      } catch (RegisterFormatException e) {
        bar.finish();
        err.println(e.getMessage());
        for (RegisterProblem p : e.problems()) {
          err.println("  " + p);
        }
        return 1;
      } catch (IOException | UncheckedIOException e) {
        bar.finish();
        err.println("barrier: could not read or write a file (" + e.getClass().getSimpleName() + ")");
        return 1;
      }
    }

    private static void print(PrintWriter out, KboReport report) {
      out.printf(Locale.ROOT, "%-40s %12s %12s %12s  %s%n", "file", "read", "kept", "not kept", "skipped");
      for (KboReport.FileCount f : report.files()) {
        StringBuilder skipped = new StringBuilder();
        for (Map.Entry<RegistersError, Long> s : f.skipped().entrySet()) {
          skipped.append(skipped.length() == 0 ? "" : ", ").append(s.getValue()).append(' ')
              .append(reason(s.getKey())).append(" (").append(s.getKey().code()).append(')');
        }
        if (f.warnings() > 0) {
          skipped.append(skipped.length() == 0 ? "" : "; ").append(f.warnings()).append(" kept with a warning");
        }
        out.printf(Locale.ROOT, "%-40s %12d %12d %12d  %s%n", f.file(), f.read(), f.kept(), f.notKept(),
            skipped.length() == 0 ? "-" : skipped);
      }
      out.printf(Locale.ROOT, "%d enterprises and %d establishment units written in %d passes; %d problems%n",
          report.enterprises(), report.units(), report.passes(), report.problemCount());
      int shown = 0;
      for (RegisterProblem p : report.problems()) {
        if (shown++ == 20) {
          out.println("  … (" + (report.problemCount() - 20) + " more; they are counted above)");
          break;
        }
        out.println("  " + p);
      }
      out.flush();
    }

    private static String reason(RegistersError e) {
      return switch (e) {
        case KBO_ROW_MALFORMED -> "malformed";
        case KBO_ENTITY_ABSENT -> "refer to an absent entity";
        case KBO_DUPLICATE -> "duplicate";
        default -> e.name().toLowerCase(Locale.ROOT);
      };
    }
  }

  /** {@code barrier registers kbo-sample}. */
  @Command(
      name = "kbo-sample",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Write a synthetic KBO Open Data extract in the exact format (invented names, valid check digits):",
        "a full extract, and with --update also the update extract to its next version and that version's",
        "full extract. About 1 unit in 200 has postcode 3600. A zip or a folder that is not empty is",
        "replaced only with --force.",
        "Exit status: 0 written, 2 usage error."
      })
  static final class KboSample implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Option(names = "--enterprises", defaultValue = "2000", paramLabel = "N", description = "Enterprises (default 2000; full size 1900000).")
    private int enterprises;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed (default 1).")
    private long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR|ZIP", description = "The full extract to write.")
    private Path out;

    @Option(names = "--update", paramLabel = "DIR|ZIP", description = "Also write the update extract to the next version.")
    private Path update;

    @Option(names = "--full-after", paramLabel = "DIR|ZIP", description = "Also write the full extract after the update.")
    private Path fullAfter;

    @Option(names = "--force", description = "Replace an existing zip, or the files in a folder that is not empty.")
    private boolean force;

    @Override
    public Integer call() {
      if (enterprises < 1 || enterprises > 9_000_000) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--enterprises must be 1 to 9000000");
      }
      if (fullAfter != null && update == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--full-after needs --update");
      }
      // the output policy: nothing is replaced without --force, and the library writes into a staging
      // folder whose files are then moved into place one by one (temporary file, forced, renamed)
      Map<String, Path> targets = new LinkedHashMap<>();
      targets.put("--out", out);
      if (update != null) {
        targets.put("--update", update);
        if (fullAfter != null) {
          targets.put("--full-after", fullAfter);
        }
      }
      if (targets.values().stream().map(p -> p.toAbsolutePath().normalize()).distinct().count() < targets.size()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out, --update and --full-after must differ");
      }
      targets.forEach((option, target) -> {
        if (isZip(target)) {
          OutputFiles.check(spec, target, option, force);
        } else {
          OutputFiles.checkDirectory(spec, target, option, force);
        }
      });
      Path stage = null;
      try {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        stage = Files.createTempDirectory(parent, ".kbo-sample-");
        Map<String, Path> staged = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, Path> t : targets.entrySet()) {
          staged.put(t.getKey(), stage.resolve("part-" + i++ + (isZip(t.getValue()) ? ".zip" : "")));
        }
        KboSyntheticExtract sample = KboSyntheticExtract.of(enterprises, seed);
        sample.writeFull(staged.get("--out"));
        if (update != null) {
          sample.writeUpdate(staged.get("--update"), staged.get("--full-after"));
        }
        for (Map.Entry<String, Path> t : targets.entrySet()) {
          OutputFiles.publish(spec, staged.get(t.getKey()), t.getValue(), t.getKey(), OutputFiles.Access.SHARED);
        }
      } catch (IOException | UncheckedIOException e) {
        spec.commandLine().getErr().println("barrier: could not write the sample");
        return 2;
      } finally {
        deleteTree(stage);
      }
      spec.commandLine().getOut().println("wrote a synthetic KBO extract of " + enterprises + " enterprises to " + out);
      return 0;
    }

    private static boolean isZip(Path p) {
      return String.valueOf(p.getFileName()).endsWith(".zip");
    }

    /** Removes what is left of the staging folder after a failure. */
    private static void deleteTree(Path stage) {
      if (stage == null || !Files.exists(stage)) {
        return;
      }
      try (Stream<Path> all = Files.walk(stage)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException e) {
        // a temporary folder left behind is harmless; the command's outcome is already decided
      }
    }
  }
}
