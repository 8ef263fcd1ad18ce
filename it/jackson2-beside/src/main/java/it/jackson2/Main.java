package it.jackson2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.scenario.PermitApplication;
import it.scenario.Scenario;
import java.util.Map;

/** An application that keeps Jackson 2 for its own JSON and uses Barrier (Jackson 3) beside it. */
public final class Main {

  private Main() {}

  /**
   * Writes with Jackson 2, then runs the scenario.
   *
   * @param args ignored
   * @throws JsonProcessingException never
   */
  public static void main(String[] args) throws JsonProcessingException {
    String own = new ObjectMapper().writeValueAsString(Map.of("system", "permits"));
    System.out.println("jackson2-beside: Jackson 2 " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION
        + " wrote " + own);
    Scenario.runMain("jackson2-beside", PermitApplication.class);
  }
}
