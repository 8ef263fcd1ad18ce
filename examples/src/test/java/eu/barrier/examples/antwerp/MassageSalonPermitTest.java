package eu.barrier.examples.antwerp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import eu.barrier.privacy.audit.AuditAction;
import eu.barrier.screening.decision.DangerDegree;
import eu.barrier.screening.decision.DecisionOutcome;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class MassageSalonPermitTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static MassageSalonPermit.Result run(ByteArrayOutputStream bytes) {
    return MassageSalonPermit.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  @Test
  void run_badApplication_problemDetailsWithPointersAndNoValues() {
    MassageSalonPermit.Result result = run(new ByteArrayOutputStream());
    JsonNode problem = MAPPER.readTree(result.problem());

    assertThat(problem.get("type").stringValue()).startsWith("https://");
    assertThat(problem.get("title").stringValue()).isNotBlank();
    assertThat(problem.get("status").intValue()).isEqualTo(422);
    assertThat(problem.get("detail").stringValue()).isNotBlank();
    assertThat(problem.get("instance").stringValue()).startsWith("/permits/");
    assertThat(problem.get("errors")).hasSize(2);
    assertThat(problem.get("errors").findValuesAsString("pointer")).contains("/beEnterpriseNumber", "/*");
    // issue 16: an undeclared member name is input and never echoed
    assertThat(result.problem()).doesNotContain("salonName");
    assertThat(problem.get("errors").findValuesAsString("code")).allMatch(c -> c.startsWith("BARRIER-CORE-"));
    assertThat(result.problem()).doesNotContain("1999.000.151").doesNotContain("\"x\"");
  }

  @Test
  void run_validApplication_officialSeesSignalAndDecisionIsHumanAndAudited() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MassageSalonPermit.Result result = run(bytes);

    assertThat(result.screened().assessments()).extracting(a -> a.provenance().catalogueId())
        .containsExactly("barrier-admin", "sector-massage");
    assertThat(result.screened().assessments()).allSatisfy(a -> assertThat(a.unknownIndicators()).isEmpty());
    assertThat(result.belgian().outcome()).isEqualTo(DecisionOutcome.GRANT);
    assertThat(result.belgian().assessmentSha256()).isEqualTo(result.screened().sha256());
    assertThat(result.dutch().danger()).contains(DangerDegree.LESSER);
    assertThat(result.audit()).extracting(r -> r.event().action())
        .containsExactly(AuditAction.SHOW, AuditAction.DECIDE, AuditAction.DECIDE);
    assertThat(result.audit()).allSatisfy(r -> assertThat(r.hashMatches()).isTrue());
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HTTP 422").contains("Shown to the official")
        .contains("Recorded by a person").contains("Audit trail: 3 entries");
  }
}
