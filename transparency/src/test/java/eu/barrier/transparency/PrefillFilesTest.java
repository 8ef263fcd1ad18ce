package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The generated DPIA and IAMA prefill files: format, what is answered, what is left to people. */
final class PrefillFilesTest {

  private static final TransparencyDocuments DOCUMENTS = Transparency.generate(Fixtures.deployment()
      .evaluation(EvaluationMetrics.read(Fixtures.metrics())).build());
  private static final JsonNode DPIA = JsonEdits.parse(DOCUMENTS.dpiaPrefill());
  private static final JsonNode IAMA = JsonEdits.parse(DOCUMENTS.iamaPrefill());

  /** Weighing and judging questions of the DPIA: never answered by Barrier. */
  private static final List<String> DPIA_FOR_PEOPLE = List.of("7.1", "7.2", "14.1", "14.2", "16.1.3", "16.1.4",
      "16.1.5", "16.1.6", "16.1.7", "16.1.8", "17.1.4", "17.1.5", "17.1.6", "17.1.7", "17.3", "18", "19.5.1",
      "19.5.7", "20.1", "10.1", "11.1", "6.1");

  @Test
  void generate_dpiaAndIama_passTheTestSideSchemaOfTheAnswerFormat() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("assessment-output-v2.test-schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    assertThat(schema.validate(new String(DOCUMENTS.dpiaPrefill(), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(new String(DOCUMENTS.iamaPrefill(), StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
    assertThat(DPIA.at("/metadata/urn").asString()).isEqualTo("urn:nl:dpia:3.0");
    assertThat(IAMA.at("/metadata/urn").asString()).isEqualTo("urn:nl:iama:2.0");
    assertThat(DPIA.at("/metadata/createdAt").asString()).isEqualTo("2026-12-01T00:00:00Z");
  }

  @Test
  void generate_everyAnswer_isMarkedAsGenerated() {
    String editor = "Barrier " + Facts.version() + " (gegenereerd, door een mens te controleren)";
    String marker = "[Gegenereerd door Barrier " + Facts.version() + ": controleer dit en vul aan.]\n\n";
    for (JsonNode doc : List.of(DPIA, IAMA)) {
      AssessmentDefinition definition = AssessmentDefinition.forUrn(doc.at("/metadata/urn").asString()).orElseThrow();
      List<String> seen = new ArrayList<>();
      answers(doc, (id, answer) -> {
        seen.add(id);
        assertThat(answer.get("lastEditedBy").asString()).as(id).isEqualTo(editor);
        assertThat(answer.get("lastEditedAt").asString()).as(id).isEqualTo("2026-12-01T00:00:00Z");
        boolean topLevelText = definition.question(id).type().equals("open_text")
            && !definition.find(definition.question(id).parent()).map(AssessmentDefinition.Question::isRepeatable)
                .orElse(false);
        if (topLevelText) {
          assertThat(answer.get("value").asString()).as(id).startsWith(marker);
        }
      });
      assertThat(seen).isNotEmpty();
    }
  }

  @Test
  void generate_weighingQuestions_areLeftEmpty() {
    List<String> answered = new ArrayList<>();
    answers(DPIA, (id, answer) -> answered.add(id));
    answers(IAMA, (id, answer) -> answered.add("iama " + id));

    for (String id : DPIA_FOR_PEOPLE) {
      assertThat(answered).as(id).noneMatch(a -> a.equals(id) || a.startsWith(id + "."));
    }
    assertThat(answered).as("IAMA parts 4 and 5 and the alternatives question")
        .noneMatch(a -> a.startsWith("iama 4") || a.startsWith("iama 5") || a.equals("iama 2.1.2")
            || a.startsWith("iama 1.2") || a.equals("iama 1.3.1") || a.equals("iama 1.4.2"));
  }

  @Test
  void generate_measures_referToTheRisksTheyAnswer() {
    List<String> risks = new ArrayList<>();
    DPIA.at("/answers/16.1").forEach(e -> risks.add(e.at("/16.1.1/value").asString()));
    List<String> measured = new ArrayList<>();
    DPIA.at("/answers/17.1").forEach(e -> e.at("/17.1.1/value").forEach(v -> measured.add(v.asString())));

    assertThat(risks).hasSize(PrefillFiles.RISKS.size()).doesNotHaveDuplicates();
    assertThat(measured).containsExactlyElementsOf(risks);
  }

  @Test
  void generate_automatedDecisionAnswer_isShownByItsCondition() {
    assertThat(DPIA.at("/answers/15.6.1/value").asString()).isEqualTo("true");
    assertThat(DPIA.at("/answers/15.6.2/value").asString()).contains("Barrier neemt geen besluiten.");
    assertThat(IAMA.at("/answers/2.1.1.1/value").asString()).isEqualTo("niet-zelflerend");
  }

  @Test
  void generate_retentionAndLawfulBasis_sayTheyAreUnknown() {
    assertThat(DPIA.at("/answers/10.2/value").asString()).contains("kent de bewaartermijnen van de organisatie niet");
    assertThat(DPIA.at("/answers/11.2/value").asString()).contains("kent de rechtsgrond niet");
    assertThat(DPIA.at("/answers/9.2/value").asString()).contains("Wet Bibob, artikel 3, eerste, vijfde en zevende lid")
        .contains("kent de software niet");
  }

  /** Calls the consumer for each answer with its question id, inside groups too. */
  private static void answers(JsonNode doc, BiConsumer<String, JsonNode> each) {
    for (Map.Entry<String, JsonNode> e : doc.get("answers").properties()) {
      if (e.getValue().isArray()) {
        for (JsonNode element : e.getValue()) {
          for (Map.Entry<String, JsonNode> c : element.properties()) {
            if (!c.getKey().equals("_index")) {
              each.accept(c.getKey(), c.getValue());
            }
          }
        }
      } else {
        each.accept(e.getKey(), e.getValue());
      }
    }
  }

  @Test
  void generate_eachProfile_citesItsLegalFrameInTheLanguageOfEachDocument() {
    Map<String, List<String>> expected = Map.of(
        "nl-bibob", List.of("Wet Bibob, artikel 3, eerste, vijfde en zevende lid", "article 3, paragraphes 1, 5 et 7",
            "art. 3(1), 3(5) and 3(7)"),
        "be-2024", List.of("artikel 119ter Nieuwe Gemeentewet", "article 119ter de la Nouvelle loi communale",
            "art. 119ter New Municipality Act"));
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      TransparencyDocuments docs = Transparency.generate(Fixtures.deployment().profile(e.getKey()).build());
      String dpia = new String(docs.dpiaPrefill(), StandardCharsets.UTF_8);
      String english = docs.modelCard(eu.barrier.core.Language.EN);

      assertThat(JsonEdits.parse(docs.dpiaPrefill()).at("/answers/9.2/value").asString()).contains(e.getValue().get(0));
      assertThat(docs.modelCard(eu.barrier.core.Language.NL)).contains(e.getValue().get(0));
      assertThat(docs.modelCard(eu.barrier.core.Language.FR)).contains(e.getValue().get(1));
      assertThat(english).contains(e.getValue().get(2));
      assertThat(dpia).as("no English citation in the Dutch prefill").doesNotContain(" and ").doesNotContain("Law of ");
    }
  }
}
