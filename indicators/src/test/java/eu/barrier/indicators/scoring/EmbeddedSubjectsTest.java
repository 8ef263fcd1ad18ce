package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import eu.barrier.core.validation.Boundary;
import eu.barrier.core.validation.BoundaryResult;
import eu.barrier.indicators.IndicatorsError;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EmbeddedSubjectsTest {

  /** A format of its own that embeds assess-input subjects and adds a field to each. */
  record Document(@NotNull @Size(max = 100) List<@NotNull @Valid Entry> subjects) {}

  /** One subject with an extra field, constrained as in the assess input schema. */
  record Entry(
      @NotNull @Size(min = 1, max = 128) @Pattern(regexp = "[A-Za-z0-9._:-]*") String id,
      @NotNull @Size(max = 32) String kind,
      @NotNull @Size(max = 16) String colour,
      @NotNull @Size(max = 10_000) List<@NotNull @Valid InputObservation> observations) {}

  private static final Boundary BOUNDARY = EmbeddedSubjects.boundary(1 << 20, 100_000);

  private static EmbeddedSubjects read(String json, List<Subject> out) {
    BoundaryResult<Document> bound = BOUNDARY.parse(json.getBytes(StandardCharsets.UTF_8), Document.class);
    EmbeddedSubjects reader = new EmbeddedSubjects();
    if (!bound.isValid()) {
      reader.addViolations(bound.violations());
      return reader;
    }
    for (int i = 0; i < bound.value().subjects().size(); i++) {
      Entry e = bound.value().subjects().get(i);
      reader.read(i, e.id(), e.kind(), e.observations()).ifPresent(out::add);
    }
    return reader;
  }

  private static String withoutColour(String json) {
    return json.replaceAll(", \"colour\": \"[a-z]*\"", "");
  }

  @Test
  void read_validDocument_sameSubjectsAsAssessInput() {
    String json = """
        {"subjects": [{"id": "E-1", "kind": "establishment", "colour": "red", "observations": [
           {"indicator": "ADM-01", "observedOn": "2026-05-01", "source": "permit-desk", "grading": "B2"}]}]}
        """;
    List<Subject> subjects = new ArrayList<>();

    EmbeddedSubjects reader = read(json, subjects);

    assertThat(reader.problems()).isEmpty();
    assertThat(subjects).isEqualTo(AssessInput.read(withoutColour(json).getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(reader::firstCode).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void read_badNamesGradingPeriodAndDuplicateId_sameProblemsAsAssessInput() {
    String json = """
        {"subjects": [
          {"id": "E-1", "kind": "shop", "colour": "red", "observations": [
            {"indicator": "ADM-01", "observedOn": "2026-05-01", "source": "nobody", "grading": "Z9"}]},
          {"id": "E-1", "kind": "establishment", "colour": "blue", "observations": [
            {"indicator": "ADM-02", "observedOn": "2026-05-01", "observedUntil": "2026-04-01", "source": "riec"}]}]}
        """;

    EmbeddedSubjects reader = read(json, new ArrayList<>());

    AssessInputException expected = catchThrowableOfType(AssessInputException.class,
        () -> AssessInput.read(withoutColour(json).getBytes(StandardCharsets.UTF_8)));
    assertThat(reader.problems()).isEqualTo(expected.problems()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(reader.firstCode()).isEqualTo(IndicatorsError.INPUT_UNKNOWN_NAME);
    assertThat(reader.summary("colour document")).startsWith("invalid colour document, ")
        .doesNotContain("nobody", "shop");
  }

  @Test
  void addViolations_structuralProblems_comeFirstWithCoreCodes() {
    EmbeddedSubjects reader = read("""
        {"subjects": [{"id": "E 1", "kind": "establishment", "observations": []}]}
        """, new ArrayList<>());

    assertThat(reader.problems()).extracting(AssessInputException.Problem::path)
        .contains("/subjects/0/id", "/subjects/0/colour");
    assertThat(reader.firstCode()).isIn(CoreError.BOUNDARY_REQUIRED, CoreError.BOUNDARY_CONSTRAINT_VIOLATED);
    assertThat(reader.toString()).isEqualTo("EmbeddedSubjects[problems=" + reader.problems().size() + "]");
  }

  @Test
  void boundary_nonPositiveLimits_areRejected() {
    assertThatThrownBy(() -> EmbeddedSubjects.boundary(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmbeddedSubjects.boundary(10, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
