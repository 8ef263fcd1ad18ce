package eu.barrier.indicators.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.json.BarrierJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Validates documents against the published JSON Schema with networknt json-schema-validator. */
final class CatalogueSchemaTest {

  private static final Schema SCHEMA = loadSchema();

  private static Schema loadSchema() {
    try (InputStream in = Catalogues.openSchema()) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<String> ids() {
    return Catalogues.builtInIds();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Catalogues.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void schema_inJarAndInDocs_areByteIdentical() throws IOException {
    Path docs = Path.of("../docs/schemas/catalogue-v1.schema.json");

    assertThat(docs).exists();
    assertThat(Files.readAllBytes(docs)).isEqualTo(resource(Catalogues.SCHEMA_RESOURCE));
  }

  @ParameterizedTest
  @MethodSource("ids")
  void schema_eachBuiltInCatalogue_validates(String id) throws IOException {
    JsonNode doc = CatalogueDocs.MAPPER.readTree(resource(BuiltIns.resource(id, BuiltIns.latest(id).orElseThrow())));

    List<Error> errors = SCHEMA.validate(doc);

    assertThat(errors).isEmpty();
  }

  private static List<String> schemaEnum(String... path) throws IOException {
    JsonNode node = CatalogueDocs.MAPPER.readTree(resource(Catalogues.SCHEMA_RESOURCE));
    for (String step : path) {
      node = node.get(step);
    }
    List<String> names = new java.util.ArrayList<>();
    node.get("enum").values().forEach(v -> names.add(v.stringValue()));
    return names;
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(BarrierJson::enumId).toList();
  }

  @Test
  void schema_enumerations_matchTheJavaEnums() throws IOException {
    String[] indicator = {"$defs", "indicator", "properties"};
    assertThat(schemaEnum(indicator[0], indicator[1], indicator[2], "observedBy", "items"))
        .containsExactlyElementsOf(names(Agency.values()));
    assertThat(schemaEnum(indicator[0], indicator[1], indicator[2], "sectors", "items"))
        .containsExactlyElementsOf(names(Sector.values()));
    assertThat(schemaEnum("properties", "subjectKind")).containsExactlyInAnyOrderElementsOf(names(SubjectKind.values()));
    assertThat(schemaEnum(indicator[0], indicator[1], indicator[2], "category"))
        .containsExactlyElementsOf(java.util.Arrays.stream(Category.values()).map(Category::id).toList());
    assertThat(schemaEnum(indicator[0], indicator[1], indicator[2], "strength"))
        .containsExactlyElementsOf(java.util.Arrays.stream(Strength.values()).map(Strength::id).toList());
    assertThat(schemaEnum(indicator[0], indicator[1], indicator[2], "basis"))
        .containsExactlyElementsOf(java.util.Arrays.stream(Basis.values()).map(Basis::id).toList());
    assertThat(schemaEnum("properties", "purpose"))
        .containsExactlyElementsOf(java.util.Arrays.stream(Purpose.values()).map(Purpose::id).toList());
    assertThat(schemaEnum("$defs", "provenance", "properties", "verification"))
        .containsExactlyElementsOf(java.util.Arrays.stream(Verification.values()).map(Verification::id).toList());
  }

  @Test
  void docs_exampleCatalogue_loadsLintsCleanAndValidates() throws IOException {
    String markdown = Files.readString(Path.of("../docs/catalogue-format.md"));
    int start = markdown.indexOf("```json\n") + "```json\n".length();
    String example = markdown.substring(start, markdown.indexOf("```", start));

    Catalogue catalogue = Catalogues.load(new java.io.ByteArrayInputStream(
        example.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(catalogue.id()).isEqualTo("my-city-nightshops");
    assertThat(CatalogueLint.check(catalogue).isClean()).isTrue();
    assertThat(SCHEMA.validate(CatalogueDocs.MAPPER.readTree(example))).isEmpty();
  }

  @Test
  void schema_minimalTestDocument_validates() {
    assertThat(SCHEMA.validate(CatalogueDocs.minimal())).isEmpty();
  }

  @Test
  void schema_documentsTheLoaderRejects_areInvalidToo() {
    ObjectNode unknownField = CatalogueDocs.minimal();
    unknownField.put("extra", 1);
    ObjectNode badStrength = CatalogueDocs.minimal();
    CatalogueDocs.firstIndicator(badStrength).put("strength", "very-strong");
    ObjectNode noEnglish = CatalogueDocs.minimal();
    CatalogueDocs.firstIndicator(noEnglish).putObject("description").put("nl", "Alleen Nederlands.");
    ObjectNode badVersion = CatalogueDocs.minimal();
    badVersion.put("version", "01.0.0");
    ObjectNode duplicateAgency = CatalogueDocs.minimal();
    ((ArrayNode) CatalogueDocs.firstIndicator(duplicateAgency).get("observedBy")).add("permit-desk");
    ObjectNode blank = CatalogueDocs.minimal();
    ((ObjectNode) blank.get("title")).put("en", " ");
    ObjectNode missingSectors = CatalogueDocs.minimal();
    CatalogueDocs.firstIndicator(missingSectors).remove("sectors");

    for (ObjectNode doc : List.of(unknownField, badStrength, noEnglish, badVersion, duplicateAgency, blank,
        missingSectors)) {
      assertThat(SCHEMA.validate(doc)).as(doc.toString()).isNotEmpty();
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> CatalogueDocs.loadDraft(doc)))
          .isInstanceOf(CatalogueFormatException.class);
    }
  }
}
