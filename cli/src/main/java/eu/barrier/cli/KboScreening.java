package eu.barrier.cli;

import eu.barrier.core.input.InputFiles;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectReference;
import eu.barrier.registers.RegisterFormatException;
import eu.barrier.registers.RegisterProblem;
import eu.barrier.registers.kbo.KboArea;
import eu.barrier.registers.kbo.KboReader;
import eu.barrier.registers.kbo.KboReport;
import eu.barrier.registers.observation.MunicipalObservations;
import eu.barrier.screening.ObservedEstablishment;
import eu.barrier.screening.Screening;
import eu.barrier.screening.ScreeningResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * {@code barrier screen --kbo}: the adapter between two libraries that do not know each other. The
 * KBO reader ({@code barrier-registers}) pushes each establishment unit of the extract (and area);
 * each becomes an {@link ObservedEstablishment} with its derived sector and the municipal
 * observations about it, fed to a {@link Screening.Batch} while the extract is read, so the country
 * is never held in memory.
 */
final class KboScreening {

  private KboScreening() {}

  /**
   * Reads and screens; prints the register's counts and the observations that matched no unit.
   *
   * @return the result, or empty if the extract or observations are invalid (problems printed)
   */
  static Optional<ScreeningResult> run(CommandLine.Model.CommandSpec spec, Screening screening, Path extract,
      List<String> postcodes, String nis, Path observationsFile, Optional<LocalDate> asOf, boolean quiet) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (postcodes != null && nis != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --postcode or --nis, not both");
    }
    KboArea area;
    try {
      area = postcodes != null ? KboArea.postcodes(postcodes) : nis != null ? KboArea.nis(nis) : KboArea.all();
    } catch (RegisterFormatException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Map<String, List<Observation>> byKey = new HashMap<>();
    LocalDate latest = null;
    TreeMap<String, String> hashes = new TreeMap<>();
    if (observationsFile != null) {
      try {
        for (Observation o : MunicipalObservations.read(observationsFile)) {
          byKey.computeIfAbsent(o.subject().key(), k -> new ArrayList<>()).add(o);
          latest = latest == null || o.period().to().isAfter(latest) ? o.period().to() : latest;
        }
        hashes.put(String.valueOf(observationsFile.getFileName()), sha256(observationsFile));
      } catch (RegisterFormatException e) {
        printProblems(err, e);
        return Optional.empty();
      } catch (UncheckedIOException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --observations FILE ("
            + e.getCause().getClass().getSimpleName() + ")");
      }
    }
    Optional<LocalDate> latestObserved = Optional.ofNullable(latest);
    LocalDate date = asOf.or(() -> latestObserved)
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "without observation dates give --as-of"));
    Screening.Batch batch = screening.batch(date);
    Map<String, Boolean> matched = new HashMap<>();
    ProgressBar bar = new ProgressBar(err, quiet);
    KboReader reader = KboReader.builder().area(area)
        .progress((pass, total, file, rows) -> bar.progress("pass " + pass + "/" + total + " " + file + " " + rows
            + " rows", pass - 1, total))
        .build();
    KboReport report;
    try {
      report = reader.read(extract, unit -> {
        List<Observation> own = byKey.getOrDefault(unit.key(), List.of());
        if (!own.isEmpty()) {
          matched.put(unit.key(), Boolean.TRUE);
        }
        batch.add(new ObservedEstablishment(SubjectReference.of(unit.number()), unit.sector().sector(), own));
      });
      bar.finish();
    } catch (RegisterFormatException e) {
      bar.finish();
      printProblems(err, e);
      return Optional.empty();
    } catch (UncheckedIOException e) {
      bar.finish();
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot read --kbo (" + e.getCause().getClass()
          .getSimpleName() + ")");
    }
    long unmatched = byKey.keySet().stream().filter(k -> !matched.containsKey(k)).count();
    out.printf(Locale.ROOT, "KBO extract %d (%s): %d establishment units read in %s; %d register problem(s)%n",
        report.meta().extractNumber(), report.meta().snapshotDate(), report.units(), area, report.problemCount());
    if (observationsFile != null) {
      out.printf(Locale.ROOT, "%d observed subject(s) matched a unit; %d did not (outside the extract or area)%n",
          matched.size(), unmatched);
    }
    String name = "KBO Open Data extract " + report.meta().extractNumber() + " of " + report.meta().snapshotDate();
    return Optional.of(batch.result().withSource(new ScreeningResult.Source(name, hashes)));
  }

  private static void printProblems(PrintWriter err, RegisterFormatException e) {
    err.println("barrier screen: " + e.getMessage());
    for (RegisterProblem p : e.problems()) {
      err.println("  " + p);
    }
    err.flush();
  }

  private static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(InputFiles.open(file, Long.MAX_VALUE, "the base document"), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every Java platform", e);
    }
  }
}
