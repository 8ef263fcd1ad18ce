package eu.barrier.cli;

import eu.barrier.core.address.Country;
import eu.barrier.core.output.OutputException;
import eu.barrier.workbench.synthetic.CityGenerator;
import eu.barrier.workbench.synthetic.SyntheticCity;
import eu.barrier.workbench.synthetic.SyntheticEstablishment;
import eu.barrier.workbench.synthetic.SyntheticFiles;
import eu.barrier.workbench.synthetic.SyntheticParameters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code barrier synth}: generate a synthetic municipality with planted cases. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = {
      "Generate a synthetic municipality: establishments, enterprises, managers, addresses, persons,",
      "planted exploitation cases and noisy observations from several agencies. Deterministic per seed.",
      "Every default is illustrative, not empirical (see docs/workbench.md). --country nl makes a Dutch city:",
      "KvK and establishment numbers, and observations only by services that act in the Netherlands.",
      "Writes establishments.json, establishments.csv, observations.json (assess input),",
      "observations.csv and labelled.json (input of 'barrier evaluate') into DIR.",
      "Exit status: 0 written, 2 usage error or unwritable directory."
    })
final class SynthCommand implements Callable<Integer> {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "Seed of the generator.")
  private long seed;

  @Option(names = "--establishments", required = true, paramLabel = "N",
      description = "Number of establishments, 1 to 1000000.")
  private int establishments;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
  private Path out;

  @Option(names = "--country", paramLabel = "be|nl", defaultValue = "be",
      description = "Country of the city: its identifiers and services (default ${DEFAULT-VALUE}).")
  private String country;

  @Option(names = "--exploitation-share", paramLabel = "X", description = "Share of planted cases (default 0.03).")
  private Double exploitationShare;

  @Option(names = "--miss-rate", paramLabel = "X", description = "Chance a present signal is never reported (default 0.45).")
  private Double missRate;

  @Option(names = "--false-signal-rate", paramLabel = "X",
      description = "Mean false-signal chance per indicator on clean establishments (default 0.03).")
  private Double falseSignalRate;

  @Option(names = "--complaint-bias", paramLabel = "X",
      description = "Reporting bias of public-order complaints against group-b (default 3; 1 = none).")
  private Double complaintBias;

  @Option(names = "--audit-group-share", paramLabel = "X", description = "Share of group-b (default 0.3).")
  private Double auditGroupShare;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error.")
  private boolean quiet;

  @Option(names = "--force", description = "Replace the files already in --out DIR.")
  private boolean force;

  @Override
  public Integer call() {
    SyntheticParameters parameters;
    try {
      parameters = SyntheticParameters.defaults(seed, establishments).withCountry(country(country));
      if (exploitationShare != null) {
        parameters = parameters.withExploitationShare(exploitationShare);
      }
      if (missRate != null) {
        parameters = parameters.withMissRate(missRate);
      }
      if (falseSignalRate != null) {
        parameters = parameters.withFalseSignalRate(falseSignalRate);
      }
      if (complaintBias != null) {
        parameters = parameters.withComplaintBias(complaintBias);
      }
      if (auditGroupShare != null) {
        parameters = parameters.withAuditGroupShare(auditGroupShare);
      }
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    OutputFiles.checkAll(spec, out, SyntheticFiles.FILES, "--out", force);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ProgressBar bar = new ProgressBar(stderr, quiet);
    bar.progress("generating", 0, 2);
    SyntheticCity city = CityGenerator.generate(parameters);
    bar.progress("writing files", 1, 2);
    try {
      SyntheticFiles.write(city, out);
    } catch (IOException e) {
      bar.finish();
      stderr.println("barrier synth: cannot write into the output directory (" + e.getClass().getSimpleName() + ")");
      return BarrierCli.USAGE;
    } catch (OutputException e) {
      bar.finish();
      stderr.println("barrier synth: " + e.getMessage());
      return BarrierCli.USAGE;
    }
    bar.progress("done", 2, 2);
    bar.finish();
    long cases = city.establishments().stream().filter(SyntheticEstablishment::exploited).count();
    long observations = city.establishments().stream().mapToLong(e -> e.observations().size()).sum();
    stdout.printf(Locale.ROOT, "synthetic %s city (seed %d): %d establishments, %d planted cases, %d enterprises, "
        + "%d persons, %d addresses, %d observations%n", parameters.country().code(), seed, city.establishments().size(),
        cases, city.enterprises().size(), city.persons().size(), city.addresses().size(), observations);
    for (String file : SyntheticFiles.FILES) {
      stdout.println("wrote " + out.resolve(file));
    }
    stdout.flush();
    return BarrierCli.OK;
  }

  private static Country country(String name) {
    for (Country c : Country.values()) {
      if (c.code().equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw new IllegalArgumentException("--country must be be or nl");
  }
}
