package eu.barrier.registers.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.registers.RegisterFormatException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class MunicipalObservationsTest {

  // 2.104.471.814 is a valid establishment unit number used in public tests
  @ParameterizedTest
  @ValueSource(strings = {"2.104.471.814", "2104471814", "be-establishment:2104471814", "be-establishment:2.104.471.814"})
  void readCsv_anyWrittenFormOfTheSubject_givesOneKey(String subject) {
    String csv = "subject,indicator,observedOn,source,grading\n" + subject + ",ADM-01,2026-05-01,permit-desk,B2\n";

    List<Observation> read = MunicipalObservations.readCsv(stream(csv), "observations.csv");

    assertThat(read).singleElement().satisfies(o -> {
      assertThat(o.subject().key()).isEqualTo("be-establishment:2104471814");
      assertThat(o.subject().kind()).isEqualTo(SubjectKind.ESTABLISHMENT);
      assertThat(o.source()).isEqualTo(Agency.PERMIT_DESK);
      assertThat(o.grading().source()).isEqualTo("B");
    });
  }

  @Test
  void readCsv_emptyGrading_isUngraded() {
    String csv = "subject,indicator,observedOn,source,grading\n0203.201.340,SEC-CW-02,2026-01-31,social-inspection,\n";

    Observation o = MunicipalObservations.readCsv(stream(csv), "o.csv").get(0);

    assertThat(o.grading()).isNull();
    assertThat(o.subject().key()).isEqualTo("be-enterprise:0203201340");
  }

  @Test
  void readCsv_badRows_listEveryProblemWithLineAndNoValue() {
    String csv = "subject,indicator,observedOn,source,grading\n"
        + "2.104.471.666,ADM-01,2026-05-01,permit-desk,B2\n"
        + "2.104.471.814,adm 01,2026-02-30,permit-desk,Z9\n";

    assertThatThrownBy(() -> MunicipalObservations.readCsv(stream(csv), "o.csv"))
        .isInstanceOfSatisfying(RegisterFormatException.class, e -> {
          assertThat(e.problems()).extracting(p -> p.line() + " " + p.error().code())
              .contains("2 BARRIER-REG-0403", "3 BARRIER-REG-0402");
          assertThat(e.problems()).hasSize(4);
          assertThat(e.problems().toString()).doesNotContain("2.104.471.666").doesNotContain("2104471666");
        });
  }

  @Test
  void readCsv_wrongHeader_throwsWithCode0401() {
    assertThatThrownBy(() -> MunicipalObservations.readCsv(stream("subject;indicator\n"), "o.csv"))
        .isInstanceOf(RegisterFormatException.class).hasMessageStartingWith("BARRIER-REG-0401");
  }

  @Test
  void readJson_assessInputForm_normalisesIdentifierSubjectsAndKeepsOpaqueKeys() {
    String json = "{\"subjects\":[{\"id\":\"be-establishment:2.104.471.814\",\"kind\":\"establishment\",\"observations\":["
        + "{\"indicator\":\"ADM-01\",\"observedOn\":\"2026-05-01\",\"source\":\"local-police\"}]},"
        + "{\"id\":\"local-17\",\"kind\":\"establishment\",\"observations\":["
        + "{\"indicator\":\"ADM-02\",\"observedOn\":\"2026-05-01\",\"observedUntil\":\"2026-05-03\",\"source\":\"permit-desk\","
        + "\"grading\":\"A1\",\"gradingScheme\":\"admiralty-6x6\"}]}]}";

    List<Observation> read = MunicipalObservations.readJson(json.getBytes(StandardCharsets.UTF_8), "o.json");

    assertThat(read).extracting(o -> o.subject().key()).containsExactly("be-establishment:2104471814", "local-17");
    assertThat(read.get(1).period().to()).hasDayOfMonth(3);
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
