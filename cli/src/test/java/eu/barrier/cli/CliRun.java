package eu.barrier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * The command line run in this JVM, as the command tests use it: each run starts with empty
 * standard output and standard error, and both are kept until the next run.
 */
final class CliRun {

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  /** Runs {@code barrier ARGS…} and returns its exit code. */
  int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  /** Runs {@code barrier ARGS…} and returns its exit code. */
  int run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  /** What the last run wrote to standard output. */
  String out() {
    return out.toString();
  }

  /** What the last run wrote to standard error. */
  String err() {
    return err.toString();
  }
}
