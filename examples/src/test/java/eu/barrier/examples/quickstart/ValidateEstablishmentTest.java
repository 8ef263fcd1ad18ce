package eu.barrier.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

final class ValidateEstablishmentTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_validDocument_printsSector() {
    String json =
        "{\"key\":\"genk-0001\",\"beEnterpriseNumber\":\"1999.000.150\","
            + "\"activityCodes\":[{\"classification\":\"nace-bel-2025\",\"code\":\"96.23\"}]}";

    assertThat(ValidateEstablishment.run(json.getBytes(StandardCharsets.UTF_8), out)).isTrue();
    assertThat(output()).contains("0203.201.340").contains("sector: MASSAGE");
  }

  @Test
  void main_documentWithTwoMistakes_printsBothWithoutTheValues() {
    PrintStream previous = System.out;
    System.setOut(out);
    try {
      ValidateEstablishment.main(new String[0]);
    } finally {
      System.setOut(previous);
    }

    assertThat(output())
        .contains("/beEnterpriseNumber BARRIER-CORE-0006")
        .contains("/* BARRIER-CORE-0103") // issue 16: the undeclared member name is not echoed
        .doesNotContain("colour")
        .doesNotContain("1999.000.151")
        .doesNotContain("red");
  }
}
