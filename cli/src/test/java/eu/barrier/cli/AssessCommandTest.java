package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class AssessCommandTest {

  private static final String EXAMPLE = "../docs/examples/assess-input.json";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void assess_exampleIloJson_hasSubjectOutcomeAndDimensions() {
    int code = run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input", EXAMPLE,
        "--as-of", "2026-06-01", "--format", "json");

    assertThat(code).isEqualTo(BarrierCli.OK);
    JsonNode first = MAPPER.readTree(out.toString()).get("assessments").get(0);
    assertThat(first.get("subject").stringValue()).isEqualTo("S-1");
    assertThat(first.get("outcome").stringValue()).isEqualTo("presumed-trafficking");
    JsonNode dims = first.get("dimensions");
    assertThat(dims.propertyNames()).containsExactly("DR", "CR", "VR", "EX", "CD", "VD");
    assertThat(dims.get("DR").booleanValue()).isTrue();
    assertThat(dims.get("CR").booleanValue()).isFalse();
    assertThat(first.get("provenance").get("catalogue").get("sha256").stringValue()).hasSize(64);
    assertThat(first.get("provenance").get("asOf").stringValue()).isEqualTo("2026-06-01");
  }

  @Test
  void assess_sameInputTwice_sameBytes_andDefaultAsOfIsLatestObservation() {
    run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "weighted", "--input", EXAMPLE, "--format",
        "json");
    String first = out.toString();
    run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "weighted", "--input", EXAMPLE, "--format",
        "json");

    assertThat(out.toString()).isEqualTo(first);
    assertThat(first).contains("\"asOf\":\"2026-05-03\"");
  }

  @Test
  void assess_weightedContributions_addUpToScore() {
    run("assess", "--catalogue", "ilo-2009-adult-labour", "--input", EXAMPLE, "--as-of", "2026-06-01", "--format",
        "json");

    for (JsonNode a : MAPPER.readTree(out.toString()).get("assessments")) {
      java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
      for (JsonNode c : a.get("contributions")) {
        sum = sum.add(c.get("value").decimalValue());
      }
      assertThat(sum.compareTo(a.get("score").decimalValue())).isZero();
    }
  }

  @Test
  void assess_tableAndCsv_printOneRowPerSubject() {
    assertThat(run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input", EXAMPLE,
        "--as-of", "2026-06-01")).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).contains("Signals for review, never decisions.")
        .contains("S-1: Signal for review, not a decision. Outcome: presumed trafficking");

    run("assess", "--catalogue", "ilo-2009-adult-labour", "--model", "ilo-2009", "--input", EXAMPLE, "--as-of",
        "2026-06-01", "--format", "csv", "--lang", "fr");
    assertThat(out.toString().lines()).containsExactly(
        "subject,kind,outcome,score,DR,CR,VR,EX,CD,VD,unknown_indicators,ignored_observations,as_of",
        "S-1,person,presumed-trafficking,3,true,false,false,true,true,false,,0,2026-06-01",
        "S-2,person,exploitation-signal,1,false,false,false,true,false,false,ILO-AL-DR-99,0,2026-06-01",
        "S-3,person,none,0,false,false,false,false,false,false,,0,2026-06-01");
  }

  @Test
  void assess_outputFile_isWritten() throws IOException {
    Path file = dir.resolve("out.json");

    assertThat(run("assess", "--catalogue", "barrier-admin", "--input", write("""
        {"subjects": [{"id": "E-1", "kind": "establishment", "observations": [
          {"indicator": "ADM-01", "observedOn": "2026-05-01", "source": "permit-desk"}]}]}
        """), "--format", "json", "--output", file.toString())).isEqualTo(BarrierCli.OK);

    assertThat(Files.readString(file)).startsWith("{\"assessments\":[{\"subject\":\"E-1\"");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void assess_invalidInput_namesProblemAndPathNeverValue_exitsOne() throws IOException {
    String input = write("""
        {"subjects": [{"id": "S-1", "kind": "person", "observations": [
          {"indicator": "ILO-AL-DR-01", "observedOn": "2026-05-01", "source": "mi6-agent-smith", "grading": "Z9"}]}]}
        """);

    assertThat(run("assess", "--catalogue", "ilo-2009-adult-labour", "--input", input)).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("invalid input: 2 problem(s)")
        .contains("BARRIER-IND-0201 at '/subjects/0/observations/0/source'")
        .contains("at '/subjects/0/observations/0/grading'")
        .doesNotContain("mi6-agent-smith").doesNotContain("Z9");
  }

  @Test
  void assess_businessSubjectWithPersonCatalogue_isRejectedNeverMixed_exitsOne() throws IOException {
    String input = write("""
        {"subjects": [{"id": "E-1", "kind": "establishment", "observations": []}]}
        """);

    assertThat(run("assess", "--catalogue", "ilo-2009-adult-labour", "--input", input, "--as-of", "2026-06-01"))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-IND-0205 at '/subjects/0/kind'");
  }

  @Test
  void assess_usageErrors_exitTwo() throws IOException {
    String empty = write("{\"subjects\": []}");

    assertThat(run("assess", "--catalogue", "no-such", "--input", EXAMPLE)).isEqualTo(BarrierCli.USAGE);
    assertThat(run("assess", "--catalogue", "barrier-admin", "--model", "magic", "--input", EXAMPLE))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(run("assess", "--catalogue", "barrier-admin", "--input", EXAMPLE, "--as-of", "yesterday"))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(run("assess", "--catalogue", "ilo-2009-adult-sexual", "--model", "ilo-2009", "--input", EXAMPLE))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("BARRIER-IND-0303");
    assertThat(run("assess", "--catalogue", "barrier-admin", "--input", empty)).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("give --as-of");
    assertThat(run("assess", "--input", EXAMPLE)).isEqualTo(BarrierCli.USAGE);
  }

  private String write(String json) throws IOException {
    Path file = Files.createTempFile(dir, "input", ".json");
    Files.writeString(file, json);
    return file.toString();
  }
}
