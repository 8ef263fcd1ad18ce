package eu.barrier.examples.quickstart;

import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.id.BeEnterpriseNumber;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Quick start (the README's example): check an enterprise number, then parse and validate an
 * establishment sent by a permit form, reporting every problem at once.
 */
public final class ValidateEstablishment {

  private ValidateEstablishment() {}

  /**
   * Runs the example on a synthetic document with two mistakes.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    String json =
        "{\"key\":\"genk-0001\",\"beEnterpriseNumber\":\"1999.000.151\","
            + "\"activityCodes\":[{\"classification\":\"nace-bel-2025\",\"code\":\"96.23\"}],"
            + "\"colour\":\"red\"}";
    run(json.getBytes(StandardCharsets.UTF_8), System.out);
  }

  /**
   * Runs the example on {@code requestBody} and prints to {@code out}.
   *
   * @param requestBody the JSON document
   * @param out where to print
   * @return whether the document was valid
   */
  public static boolean run(byte[] requestBody, PrintStream out) {
    // snippet:quickstart
    BeEnterpriseNumber kbo = BeEnterpriseNumber.parse("BE 0203.201.340"); // mod-97 checked
    out.println(kbo.display()); // 0203.201.340

    Boundary boundary = Boundary.create(); // strict JSON + Jakarta validation, no EL
    BoundaryResult<Establishment> result = boundary.parse(requestBody, Establishment.class);
    if (result.isValid()) {
      out.println("sector: " + result.value().effectiveSector().orElse(null));
    } else { // every problem at once; messages never echo the input
      result.violations().forEach(v -> out.println(v.path() + " " + v.code() + " " + v.message()));
    }
    // end:quickstart
    return result.isValid();
  }
}
