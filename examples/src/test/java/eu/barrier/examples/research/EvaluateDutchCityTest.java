package eu.barrier.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.workbench.evaluation.EvaluationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateDutchCityTest {

  @Test
  void run_dutchCity_writesReportAndMetricsForDutchSubjects(@TempDir Path dir) throws IOException {
    EvaluationResult result = EvaluateDutchCity.run(dir);

    assertThat(result.data().subjects()).isEqualTo(2000);
    assertThat(result.data().provenance()).containsEntry("country", "NL");
    assertThat(result.scorers().get(0).rocAuc().value()).isGreaterThan(0.8);
    assertThat(Files.readString(dir.resolve("city/observations.json"), StandardCharsets.UTF_8))
        .contains("nl-establishment:").doesNotContain("be-establishment:", "\"social-inspection\"");
    assertThat(Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8)).contains("<h1>Barrier admin, NL</h1>");
    assertThat(Files.readString(dir.resolve("metrics.json"), StandardCharsets.UTF_8))
        .contains("\"format\": \"barrier-evaluation-v1\"");
  }
}
