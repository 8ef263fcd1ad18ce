package it.modulepath;

import it.modulepath.closed.ClosedApplication;
import it.scenario.PermitApplication;
import it.scenario.Scenario;

/** A plain Java application on the module path. */
public final class Main {

  private Main() {}

  /**
   * Runs the scenario with a form in an opened package, or with {@code closed} in one that is
   * not opened to Jackson (which must end in Barrier's configuration error).
   *
   * @param args {@code closed} for the misconfigured run
   */
  public static void main(String[] args) {
    boolean closed = args.length > 0 && args[0].equals("closed");
    Scenario.runMain("module-path", closed ? ClosedApplication.class : PermitApplication.class);
  }
}
