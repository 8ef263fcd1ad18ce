package eu.barrier.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code barrier} command.
 *
 * <p>Exit codes: {@code 0} success, {@code 1} the input was checked and found invalid, {@code 2}
 * usage error.
 */
@Command(
    name = "barrier",
    mixinStandardHelpOptions = true,
    versionProvider = BarrierCli.Version.class,
    description = "Barrier: indicator models, explainable signals and privacy-preserving exchange.",
    subcommands = {CommandLine.HelpCommand.class, IdCommand.class, CatalogueCommand.class, AssessCommand.class,
        SynthCommand.class, EvaluateCommand.class, ScreenCommand.class, RegistersCommand.class,
        KeysCommand.class, PseudonymiseCommand.class, EnvelopeCommand.class, AuditCommand.class,
        LinkageCommand.class, TransparencyCommand.class, CaseCommand.class, PseudonymServiceCommand.class, AriecCommand.class})
public final class BarrierCli implements Runnable {

  /** Exit code when every input was valid and the command succeeded. */
  public static final int OK = 0;

  /** Exit code when the command ran but found invalid input. */
  public static final int INVALID = 1;

  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  private BarrierCli() {}

  /**
   * Runs the command and exits the JVM with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    // An application chooses its logging: warnings and errors on standard error, nothing else.
    // Hibernate Validator logs through JBoss Logging; route it to SLF4J too.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    System.setProperty("org.jboss.logging.provider", "slf4j");
    // Not System.out: a PrintStream swallows write errors, so a full disk or a closed pipe on
    // standard output would go unnoticed; this writer records them for checkError.
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
        Charset.defaultCharset()), true);
    System.exit(run(out, new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command with the given output streams and returns its exit code, without exiting.
   *
   * @param out standard output
   * @param err standard error
   * @param args the command-line arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new BarrierCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> USAGE);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    commandLine.getCommandSpec().exitCodeOnExecutionException(USAGE);
    int code = commandLine.execute(args);
    if (out.checkError() && code == OK) {
      // a result that did not reach standard output is not a success (issue 16)
      err.println("failed: standard output could not be written (disk full or closed pipe)");
      code = INVALID;
    }
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command; see 'barrier --help'.");
  }

  /** Reads the version that Maven wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"barrier " + version()};
    }

    static String version() {
      Properties properties = new Properties();
      try (InputStream in = BarrierCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          return "unknown";
        }
        properties.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return properties.getProperty("version", "unknown");
    }
  }
}
