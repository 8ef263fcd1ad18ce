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
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rules file of publication standard 1.0 against an independent transcription of the
 * register's schema ({@code publication-standard-1.0-fields.tsv}), and generated records against
 * a test-side JSON Schema derived from that transcription.
 */
final class PublicationStandardTest {

  /** One row of the transcription. */
  private record Row(String key, String type, Integer maxLength, boolean required, boolean html, List<String> values) {}

  private static Map<String, Row> transcription() throws IOException {
    Map<String, Row> rows = new TreeMap<>();
    try (InputStream in = PublicationStandardTest.class.getResourceAsStream("publication-standard-1.0-fields.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        rows.put(c[0], new Row(c[0], c[1], c[2].equals("-") ? null : Integer.valueOf(c[2]), c[3].equals("yes"),
            c[4].equals("yes"), c[5].equals("-") ? null : List.of(c[5].split("\\|"))));
      }
    }
    return rows;
  }

  @Test
  void rules_everyField_matchesTheTranscribedSchema() throws IOException {
    Map<String, Row> rows = transcription();
    PublicationStandard.Rules rules = PublicationStandard.get().rules();
    List<String> keys = new ArrayList<>();
    for (PublicationStandard.FieldRule f : rules.fields()) {
      keys.add(f.key());
      compare(rows.get(f.key()), f, rules);
      if (f.items() != null) {
        for (PublicationStandard.FieldRule item : f.items()) {
          keys.add(f.key() + "." + item.key());
          compare(rows.get(f.key() + "." + item.key()), item, rules);
        }
      }
    }
    assertThat(keys).containsExactlyInAnyOrderElementsOf(rows.keySet());
    assertThat(rules.htmlTags()).containsExactly("div", "br", "p", "ul", "ol", "li");
    assertThat(rules.version()).isEqualTo("1.0");
  }

  private static void compare(Row row, PublicationStandard.FieldRule rule, PublicationStandard.Rules rules) {
    assertThat(row).as(rule.key()).isNotNull();
    assertThat(rule.maxLength()).as(rule.key() + " max length").isEqualTo(row.maxLength());
    assertThat(rule.isRequired()).as(rule.key() + " required").isEqualTo(row.required());
    assertThat(rule.kind().equals("html")).as(rule.key() + " html").isEqualTo(row.html());
    assertThat(rule.values()).as(rule.key() + " permitted values").isEqualTo(row.values());
    String expectedKind = switch (row.type()) {
      case "enum" -> "choice";
      case "array" -> row.values() == null ? "links" : "list";
      default -> row.html() ? "html" : "text";
    };
    assertThat(rule.kind()).as(rule.key() + " kind").isEqualTo(expectedKind);
  }

  @Test
  void generate_recordAndTemplate_passTheTestSideSchema() throws IOException {
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("algoritmeregister-1.0.test-schema.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    for (Deployment d : List.of(Fixtures.deployment().build(),
        Fixtures.deployment().profile("be-2024").status(RegisterStatus.IN_USE).build(),
        Fixtures.deployment().evaluation(EvaluationMetrics.read(Fixtures.metrics())).build())) {
      TransparencyDocuments docs = Transparency.generate(d);
      assertThat(schema.validate(new String(docs.registerRecord(), StandardCharsets.UTF_8), InputFormat.JSON))
          .as(d.toString()).isEmpty();
      JsonNode template = JsonEdits.parse(docs.supplierTemplate());
      assertThat(template.size()).isEqualTo(1);
      JsonNode record = template.get(0).deepCopy();
      assertThat(record.get("organization").isNull()).isTrue();
      assertThat(record.has("contact_email")).isFalse();
      ((tools.jackson.databind.node.ObjectNode) record).remove("id");
      ((tools.jackson.databind.node.ObjectNode) record).put("organization", "Gemeente X").put("contact_email",
          "a@b.example");
      assertThat(schema.validate(JsonEdits.MAPPER.writeValueAsString(record), InputFormat.JSON)).isEmpty();
    }
  }

  @Test
  void generate_descriptionShort_staysBelowThe350OfTheHumanReadableStandard() {
    // ch02.md says "<350 tekens" where the schema allows 400; a generated record satisfies both.
    for (String profile : List.of("be-2024", "nl-bibob")) {
      JsonNode record = JsonEdits.parse(Transparency.generate(Fixtures.deployment().profile(profile).build())
          .registerRecord());
      String text = record.get("description_short").asString();
      assertThat(text.codePointCount(0, text.length())).isLessThan(350);
    }
  }
}
