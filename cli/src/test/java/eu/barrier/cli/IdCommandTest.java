package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class IdCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void check_validEnterpriseNumber_printsDisplayAndCanonical_exitsZero() {
    assertThat(run("id", "check", "be-enterprise", "0203.201.340")).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).isEqualTo(String.format("valid be-enterprise 0203.201.340 (0203201340)%n"));
  }

  @Test
  void check_invalidBsn_printsPositionAndRuleWithoutValue_exitsOne() {
    assertThat(run("id", "check", "nl-bsn", "111252333")).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString())
        .startsWith("invalid nl-bsn #1: check digits do not match: ")
        .endsWith(String.format(" [BARRIER-CORE-0006]%n"))
        .doesNotContain("111252333");
  }

  @Test
  void check_unknownType_isUsageError_exitsTwo() {
    assertThat(run("id", "check", "be-vat", "0203.201.340")).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("Unknown identifier type", "be-enterprise");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void check_valueInTypePosition_isUsageErrorWithoutEchoingIt() {
    assertThat(run("id", "check", "111222333", "nl-bsn")).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("Unknown identifier type").doesNotContain("111222333");
  }

  @Test
  void check_noValues_isUsageError_exitsTwo() {
    assertThat(run("id", "check", "nl-bsn")).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("VALUE");
  }

  @Test
  void id_withoutSubcommand_isUsageError_exitsTwo() {
    assertThat(run("id")).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void check_mixedList_oneLinePerValueInOrder_exitsOne() {
    int code = run("id", "check", "be-enterprise", "BE 0203 201 340", "0203.201.341", "2.104.471.814", "0207500123");

    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString().lines())
        .containsExactly(
            "valid be-enterprise 0203.201.340 (0203201340)",
            "invalid be-enterprise #2: check digits do not match: the last 2 digits must equal 97 - (first 8 digits mod 97) [BARRIER-CORE-0006]",
            "invalid be-enterprise #3: first digit out of range: the first digit must be 0 or 1 [BARRIER-CORE-0005]",
            "valid be-enterprise 0207.500.123 (0207500123)");
  }
}
