package eu.barrier.cli;

import eu.barrier.privacy.audit.AuditVerification;
import eu.barrier.privacy.audit.AuditVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code barrier audit}: check the hash-chained audit log. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Check a hash-chained audit log written with --audit.",
    subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

  @Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'barrier audit --help'.");
  }

  /** {@code barrier audit verify FILE}. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      versionProvider = BarrierCli.Version.class,
      description = {
        "Verify an audit log: every entry well-formed, every hash matching, the chain unbroken.",
        "Reports the first modified, deleted, inserted or reordered entry by line.",
        "Exit status: 0 intact, 1 broken (line and kind on standard error), 2 usage error."
      })
  static final class Verify implements Callable<Integer> {

    @Spec private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The audit log (JSON lines).")
    private Path file;

    @Override
    public Integer call() {
      if (!Files.isReadable(file) || Files.isDirectory(file)) {
        throw ExchangeFiles.usage(spec, "FILE is not a readable file");
      }
      return ExchangeFiles.guarded(spec, () -> {
        AuditVerification v = AuditVerifier.verify(file, null);
        if (v.isIntact()) {
          PrintWriter out = spec.commandLine().getOut();
          out.printf("intact: %d entries%n", v.entries());
          out.flush();
          return BarrierCli.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("broken: line %d: %s (%d lines read)%n", v.line(), v.outcome().name().toLowerCase(Locale.ROOT),
            v.entries());
        err.flush();
        return BarrierCli.INVALID;
      });
    }
  }
}
