package eu.barrier.workbench.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class LabelledInputTest {

  private static byte[] json(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_minimalDocument_givesLabelsAndGroups() {
    LabelledData data = LabelledInput.read(json("{\"subjects\": [{\"id\": \"S-1\", \"kind\": \"establishment\","
        + " \"label\": true, \"auditGroup\": \"group-a\", \"observations\": [{\"indicator\": \"ADM-01\","
        + " \"observedOn\": \"2026-05-01\", \"source\": \"local-police\", \"grading\": \"B2\"}]},"
        + " {\"id\": \"S-2\", \"kind\": \"establishment\", \"label\": false, \"observations\": []}]}"));
    assertThat(data.subjects()).hasSize(2);
    assertThat(data.subjects().get(0).label()).isTrue();
    assertThat(data.subjects().get(0).auditGroup()).contains("group-a");
    assertThat(data.subjects().get(0).subject().observations().get(0).grading().information()).isEqualTo("2");
    assertThat(data.subjects().get(1).auditGroup()).isEmpty();
    assertThat(data.provenance()).isEmpty();
  }

  @Test
  void read_missingLabel_reportsPath() {
    assertThatThrownBy(() -> LabelledInput.read(json(
        "{\"subjects\": [{\"id\": \"S-1\", \"kind\": \"establishment\", \"observations\": []}]}")))
        .isInstanceOf(LabelledInputException.class)
        .satisfies(e -> assertThat(((LabelledInputException) e).problems())
            .anySatisfy(p -> assertThat(p.path()).isEqualTo("/subjects/0/label")));
  }

  @Test
  void read_unknownFieldBadAgencyAndDuplicateId_reportsEveryProblem() {
    LabelledInputException e = org.junit.jupiter.api.Assertions.assertThrows(LabelledInputException.class,
        () -> LabelledInput.read(json("{\"subjects\": ["
            + "{\"id\": \"S-1\", \"kind\": \"establishment\", \"label\": true, \"observations\": ["
            + "{\"indicator\": \"ADM-01\", \"observedOn\": \"2026-05-01\", \"source\": \"nobody\"}]},"
            + "{\"id\": \"S-1\", \"kind\": \"establishment\", \"label\": false, \"observations\": []}]}")));
    assertThat(e.problems()).extracting(p -> p.path())
        .containsExactly("/subjects/0/observations/0/source", "/subjects/1/id");
    assertThat(e.getMessage()).doesNotContain("nobody");
  }

  @Test
  void read_badAuditGroupShape_reportsPath() {
    assertThatThrownBy(() -> LabelledInput.read(json("{\"subjects\": [{\"id\": \"S-1\", \"kind\": \"establishment\","
        + " \"label\": true, \"auditGroup\": \"has space\", \"observations\": []}]}")))
        .isInstanceOf(LabelledInputException.class)
        .satisfies(x -> assertThat(((LabelledInputException) x).problems())
            .anySatisfy(p -> assertThat(p.path()).isEqualTo("/subjects/0/auditGroup")));
  }

  @Test
  void write_thenRead_roundTrips() throws IOException {
    LabelledData data = new LabelledData(List.of(Fixtures.labelled("S-1", true, "group-b", "ADM-01", "ADM-02"),
        Fixtures.labelled("S-2", false, null)), new TreeMap<>(Map.of("seed", "7", "generator", "test")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LabelledInput.write(data, out);
    LabelledData back = LabelledInput.read(out.toByteArray());
    assertThat(back).isEqualTo(data);
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    LabelledInput.write(back, again);
    assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
  }

  @Test
  void writeAssessInput_readsBackWithAssessInput() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LabelledInput.writeAssessInput(List.of(Fixtures.subject("S-1", "ADM-01")), out);
    assertThat(eu.barrier.indicators.scoring.AssessInput.read(out.toByteArray()))
        .containsExactly(Fixtures.subject("S-1", "ADM-01"));
  }

  @Test
  void toString_neverShowsTheKey() {
    assertThat(Fixtures.labelled("SECRET-KEY", true, "group-a").toString()).doesNotContain("SECRET");
  }
}
