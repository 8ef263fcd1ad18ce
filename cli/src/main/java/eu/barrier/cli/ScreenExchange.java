package eu.barrier.cli;

import eu.barrier.cli.screen.DemoKeys;
import eu.barrier.cli.screen.ScreenResult;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The exchange step of {@code barrier screen}: sealed, pseudonymised signal reports and audit logs. */
final class ScreenExchange {

  private ScreenExchange() {}

  static int run(ScreenResult result, boolean demo, Path keys, Path exchangeTo, Path out, PrintWriter stdout,
      PrintWriter stderr) {
    stdout.println("exchange: waiting for the exchange message types (" + DemoKeys.ARIEC + ")");
    return BarrierCli.OK;
  }
}
