package eu.barrier.core.logging;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.address.Address;
import eu.barrier.core.testing.RecordingLogs;
import eu.barrier.core.validation.Boundary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator logs through JBoss Logging, which picks SLF4J by itself only when Logback is
 * present and java.util.logging otherwise. The README's documented route, the system property
 * {@code org.jboss.logging.provider=slf4j}, sends its log to SLF4J like Barrier's own. Each case
 * runs in a fresh JVM, since JBoss Logging chooses once per JVM.
 */
final class HibernateValidatorLoggingTest {

  /** Validates once through Barrier and prints the SLF4J events of Hibernate Validator. */
  public static final class Main {
    private Main() {}

    /**
     * Runs.
     *
     * @param args none
     */
    public static void main(String[] args) {
      // the first validation bootstraps Hibernate Validator, which logs its version (HV000001)
      Boundary.create().parse("{}".getBytes(StandardCharsets.UTF_8), Address.class);
      for (RecordingLogs.Event e : RecordingLogs.events()) {
        if (e.logger().startsWith("org.hibernate.validator")) {
          System.out.println("SLF4J " + e.level() + " " + e.message());
        }
      }
    }
  }

  private record Run(String out, String err) {}

  private static Run run(String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    Process p = new ProcessBuilder(command).start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(new String(err, StandardCharsets.UTF_8)).isZero();
    return new Run(new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void hibernateValidatorLog_withTheDocumentedProperty_goesToSlf4j() throws Exception {
    Run run = run("-Dorg.jboss.logging.provider=slf4j");

    assertThat(run.out()).contains("SLF4J INFO HV000001");
    assertThat(run.err()).doesNotContain("HV000001");
  }

  @Test
  void hibernateValidatorLog_withoutTheProperty_goesToJavaUtilLoggingNotSlf4j() throws Exception {
    Run run = run();

    assertThat(run.out()).doesNotContain("HV000001");
    assertThat(run.err()).contains("HV000001");
  }
}
