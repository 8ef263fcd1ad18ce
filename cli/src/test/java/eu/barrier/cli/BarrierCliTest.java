package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

final class BarrierCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void version_printsProjectVersion_exitsZero() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).matches("barrier \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void noCommand_isUsageError_exitsTwo() {
    assertThat(run()).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("Missing command");
  }

  @Test
  void unknownOption_isUsageError_exitsTwo() {
    assertThat(run("--no-such-option")).isEqualTo(BarrierCli.USAGE);
  }
}
