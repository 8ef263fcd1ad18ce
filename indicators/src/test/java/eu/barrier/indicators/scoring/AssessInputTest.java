package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.SubjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class AssessInputTest {

  private static final String MINIMAL = """
      {"subjects": [{"id": "S-1", "kind": "person", "observations": [
         {"indicator": "ILO-AL-DR-01", "observedOn": "2026-05-01", "source": "social-inspection", "grading": "B2"}]}]}
      """;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static List<Subject> read(String json) {
    return AssessInput.read(json.getBytes(StandardCharsets.UTF_8));
  }

  private static AssessInputException invalid(String json) {
    return catchThrowableOfType(AssessInputException.class, () -> read(json));
  }

  private static Schema schema() throws IOException {
    try (InputStream in = AssessInput.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
  }

  @Test
  void read_issueMinimalDocument_isAccepted() {
    List<Subject> subjects = read(MINIMAL);

    assertThat(subjects).singleElement().satisfies(s -> {
      assertThat(s.reference().kind()).isEqualTo(SubjectKind.PERSON);
      assertThat(s.observations()).singleElement().satisfies(o -> {
        assertThat(o.source()).isEqualTo(Agency.SOCIAL_INSPECTION);
        assertThat(o.grading().scheme()).isEqualTo(GradingScheme.EUROPOL_4X4);
        assertThat(o.grading().source()).isEqualTo("B");
        assertThat(o.period().to()).isEqualTo(LocalDate.of(2026, 5, 1));
      });
    });
  }

  @Test
  void read_optionalFields_areRead() {
    List<Subject> subjects = read("""
        {"subjects": [{"id": "E-1", "kind": "establishment", "observations": [
           {"indicator": "ADM-01", "observedOn": "2026-05-01", "observedUntil": "2026-05-09", "source": "permit-desk",
            "grading": "2B P", "gradingScheme": "uk-3x5x2", "evidence": "DOSSIER 17"}]}]}
        """);

    assertThat(subjects.get(0).observations().get(0).grading().handling()).isEqualTo("P");
    assertThat(AssessInput.latestObservationDate(subjects)).contains(LocalDate.of(2026, 5, 9));
  }

  @Test
  void read_structuralProblems_allReportedWithPaths() {
    AssessInputException e = invalid("""
        {"subjects": [{"id": "S 1", "kind": "person", "extra": 1, "observations": [
           {"indicator": "ilo-lower", "observedOn": "2026-02-30", "source": "care"}]}]}
        """);

    // issue 16: an unknown member name is input, so it is shown as *; declared names are shown
    assertThat(e.problems()).extracting(AssessInputException.Problem::path).contains("/subjects/0/*",
        "/subjects/0/observations/0/observedOn");
    assertThat(e.getMessage()).doesNotContain("S 1").doesNotContain("ilo-lower").doesNotContain("extra");
  }

  @Test
  void read_namesGradingsPeriodsAndIds_allReportedWithPathsNeverValues() {
    AssessInputException e = invalid("""
        {"subjects": [
          {"id": "S-1", "kind": "persona", "observations": []},
          {"id": "S-2", "kind": "person", "observations": [
            {"indicator": "A-1", "observedOn": "2026-05-02", "observedUntil": "2026-05-01", "source": "secret-service"},
            {"indicator": "A-1", "observedOn": "2026-05-02", "source": "care", "grading": "D9"},
            {"indicator": "A-1", "observedOn": "2026-05-02", "source": "care", "gradingScheme": "uk-3x5x2"}]},
          {"id": "S-2", "kind": "person", "observations": []}]}
        """);

    assertThat(e.problems()).extracting(AssessInputException.Problem::path, AssessInputException.Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/subjects/0/kind", "BARRIER-IND-0201"),
            org.assertj.core.groups.Tuple.tuple("/subjects/1/observations/0/source", "BARRIER-IND-0201"),
            org.assertj.core.groups.Tuple.tuple("/subjects/1/observations/0/observedUntil", "BARRIER-IND-0203"),
            org.assertj.core.groups.Tuple.tuple("/subjects/1/observations/1/grading", "BARRIER-IND-0202"),
            org.assertj.core.groups.Tuple.tuple("/subjects/1/observations/2/gradingScheme", "BARRIER-IND-0202"),
            org.assertj.core.groups.Tuple.tuple("/subjects/2/id", "BARRIER-IND-0204"));
    assertThat(e.getMessage()).doesNotContain("persona", "secret-service", "D9");
    assertThat(e.code()).isEqualTo("BARRIER-IND-0201");
  }

  @Test
  void requireKind_otherKind_isReportedAtItsPath() {
    AssessInputException e = catchThrowableOfType(AssessInputException.class,
        () -> AssessInput.requireKind(read(MINIMAL), SubjectKind.ESTABLISHMENT));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/subjects/0/kind");
      assertThat(p.code()).isEqualTo("BARRIER-IND-0205");
    });
  }

  @Test
  void schema_inJarAndInDocs_areByteIdentical() throws IOException {
    try (InputStream in = AssessInput.openSchema()) {
      assertThat(Files.readAllBytes(Path.of("../docs/schemas/assess-input-v1.schema.json"))).isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void schema_minimalAndExampleDocuments_validate_andRejectedOnesDoNot() throws IOException {
    Schema schema = schema();

    assertThat(schema.validate(MAPPER.readTree(MINIMAL))).isEmpty();
    assertThat(schema.validate(MAPPER.readTree(Files.readAllBytes(Path.of("../docs/examples/assess-input.json")))))
        .isEmpty();
    assertThat(schema.validate(MAPPER.readTree(MINIMAL.replace("\"person\"", "\"persona\"")))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(MINIMAL.replace("\"B2\"", "\"B22\"")))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(MINIMAL.replace("\"source\"", "\"sauce\"")))).isNotEmpty();
  }

  @Test
  void schema_enumerations_matchTheJavaEnums() throws IOException {
    JsonNode root;
    try (InputStream in = AssessInput.openSchema()) {
      root = MAPPER.readTree(in);
    }
    JsonNode props = root.get("$defs").get("observation").get("properties");

    assertThat(props.get("source").get("enum").values()).extracting(JsonNode::stringValue)
        .containsExactlyElementsOf(Arrays.stream(Agency.values()).map(BarrierJson::enumId).toList());
    assertThat(props.get("gradingScheme").get("enum").values()).extracting(JsonNode::stringValue)
        .containsExactlyElementsOf(Arrays.stream(GradingScheme.values()).map(BarrierJson::enumId).toList());
    assertThat(root.get("$defs").get("subject").get("properties").get("kind").get("enum").values())
        .extracting(JsonNode::stringValue)
        .containsExactlyElementsOf(Arrays.stream(SubjectKind.values()).map(BarrierJson::enumId).toList());
  }
}
