package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The question data files of the DPIA and the IAMA hang together. */
final class AssessmentDefinitionTest {

  @Test
  void definitions_everyReference_namesAQuestionOfTheSameDefinition() {
    for (AssessmentDefinition d : List.of(AssessmentDefinition.DPIA, AssessmentDefinition.IAMA)) {
      assertThat(d.questions()).as(d.urn()).hasSizeGreaterThan(100);
      for (AssessmentDefinition.Question q : d.questions()) {
        if (q.parent() != null) {
          assertThat(d.find(q.parent())).as(q.id()).isPresent();
        }
        if (q.shownWhen() != null) {
          assertThat(d.find(q.shownWhen().id())).as(q.id()).isPresent();
        }
        if (q.optionsFrom() != null) {
          assertThat(d.find(q.optionsFrom())).as(q.id()).isPresent();
        }
        if (q.type().endsWith("_option") && q.optionsFrom() == null) {
          assertThat(q.options()).as(q.id()).isNotEmpty();
        }
      }
    }
    assertThat(AssessmentDefinition.DPIA.urn()).isEqualTo("urn:nl:dpia:3.0");
    assertThat(AssessmentDefinition.IAMA.urn()).isEqualTo("urn:nl:iama:2.0");
  }

  @Test
  void definitions_knownFacts_asTheToolDefinesThem() {
    assertThat(AssessmentDefinition.DPIA.question("2.1.4").options()).containsExactly("gewoon", "gevoelig",
        "bijzonder", "strafrechtelijk", "nationaal identificatienummer");
    assertThat(AssessmentDefinition.DPIA.question("2.1").isRepeatable()).isTrue();
    assertThat(AssessmentDefinition.DPIA.question("15.6.2").shownWhen())
        .isEqualTo(new AssessmentDefinition.Condition("15.6.1", "true"));
    assertThat(AssessmentDefinition.DPIA.question("17.1.1").optionsFrom()).isEqualTo("16.1.1");
    assertThat(AssessmentDefinition.IAMA.question("2.1.1.1").options()).containsExactly("zelflerend",
        "niet-zelflerend");
    assertThat(AssessmentDefinition.IAMA.question("1.3.4").shownWhen())
        .isEqualTo(new AssessmentDefinition.Condition("1.3.2", "true"));
  }
}
