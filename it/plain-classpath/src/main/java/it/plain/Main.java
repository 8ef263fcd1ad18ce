package it.plain;

import it.scenario.PermitApplication;
import it.scenario.Scenario;

/** A plain Java application on the class path, Jackson 3 only. */
public final class Main {

  private Main() {}

  /**
   * Runs the scenario.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Scenario.runMain("plain-classpath", PermitApplication.class);
  }
}
