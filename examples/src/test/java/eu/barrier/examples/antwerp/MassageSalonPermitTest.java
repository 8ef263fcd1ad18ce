package eu.barrier.examples.antwerp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
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
    assertThat(problem.get("errors").findValuesAsString("pointer")).contains("/beEnterpriseNumber", "/salonName");
    assertThat(problem.get("errors").findValuesAsString("code")).allMatch(c -> c.startsWith("BARRIER-CORE-"));
    assertThat(result.problem()).doesNotContain("1999.000.151").doesNotContain("\"x\"");
  }

  @Test
  void run_validApplication_officialSeesSignalAndDecisionIsHuman() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    MassageSalonPermit.Result result = run(bytes);

    assertThat(result.assessments()).hasSize(2);
    assertThat(result.assessments()).allSatisfy(a -> assertThat(a.unknownIndicators()).isEmpty());
    assertThat(result.belgian().outcome()).isEqualTo(HumanDecision.Outcome.GRANT);
    assertThat(result.dutch().danger()).contains(HumanDecision.Danger.LESSER);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HTTP 422").contains("Shown to the official")
        .contains("Recorded by a person");
  }

  @Test
  void record_reasonsCopiedFromExplanation_refused() {
    HumanDecision copied = new HumanDecision(HumanDecision.Frame.BE_INTEGRITY_SCREENING_2024, "officer",
        Optional.empty(), HumanDecision.Outcome.GRANT, "the explanation", true, "low", true, Optional.empty());

    assertThatThrownBy(() -> HumanDecision.record("the explanation", copied))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
  }

  @Test
  void decision_refusalWithoutSecondReviewer_refused() {
    assertThatThrownBy(() -> new HumanDecision(HumanDecision.Frame.BE_INTEGRITY_SCREENING_2024, "officer",
        Optional.empty(), HumanDecision.Outcome.REFUSE, "reasons", true, "high", true, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second reviewer");
  }

  @Test
  void decision_bibobNoDangerButRefusal_refused() {
    assertThatThrownBy(() -> new HumanDecision(HumanDecision.Frame.NL_BIBOB, "coordinator",
        Optional.of(HumanDecision.Danger.NONE), HumanDecision.Outcome.REFUSE, "reasons", true, "high", true,
        Optional.of("legal adviser")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decision_belgianConditionalGrant_refused() {
    assertThatThrownBy(() -> new HumanDecision(HumanDecision.Frame.BE_INTEGRITY_SCREENING_2024, "officer",
        Optional.empty(), HumanDecision.Outcome.GRANT_WITH_CONDITIONS, "reasons", true, "low", true,
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
