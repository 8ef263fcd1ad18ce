package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import eu.barrier.core.address.Country;
import eu.barrier.core.establishment.ActivityClassification;
import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.establishment.Organisation;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.json.BarrierJson;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.Observation;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.core.person.Person;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema of the domain model ({@code model-v1.schema.json}, in the jar and in
 * {@code docs/schemas/}) accepts what {@link BarrierJson} writes for every example type and
 * rejects mutated documents; its enumerations are the Java enums' JSON ids.
 */
final class ModelSchemaTest {

  private static final String ID = "https://github.com/barrier-eu/barrier/schemas/model-v1.schema.json";
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final BarrierJson JSON = BarrierJson.create();
  private static final String TEXT = schemaText();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(ID, TEXT)));

  private static String schemaText() {
    try (InputStream in = BarrierJson.openModelSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Schema schema(String type) {
    return REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/" + type));
  }

  private static JsonNode examples() throws IOException {
    try (InputStream in = ModelSchemaTest.class.getResourceAsStream("/eu/barrier/core/fixtures/model-examples.json")) {
      return MAPPER.readTree(in);
    }
  }

  /** Each example read with BarrierJson and written back, as (type, written document). */
  private static List<Map.Entry<String, JsonNode>> written() throws IOException {
    JsonNode examples = examples();
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    Map<String, Class<?>> types = Map.of("organisations", Organisation.class, "establishments", Establishment.class,
        "persons", Person.class, "observations", Observation.class);
    for (Map.Entry<String, Class<?>> t : types.entrySet()) {
      for (JsonNode example : examples.get(t.getKey())) {
        Object value = JSON.read(example.toString(), t.getValue());
        out.add(Map.entry(t.getValue().getSimpleName(), MAPPER.readTree(JSON.writeString(value))));
      }
    }
    return out;
  }

  @Test
  void schema_inJarAndInDocs_areByteIdentical() throws IOException {
    assertThat(Files.readString(Path.of("../docs/schemas/model-v1.schema.json"), StandardCharsets.UTF_8)).isEqualTo(TEXT);
  }

  @Test
  void schema_everyExampleAsBarrierJsonWritesIt_validates() throws IOException {
    List<Map.Entry<String, JsonNode>> written = written();

    assertThat(written).extracting(Map.Entry::getKey)
        .contains("Organisation", "Establishment", "Person", "Observation");
    for (Map.Entry<String, JsonNode> w : written) {
      assertThat(schema(w.getKey()).validate(w.getValue())).as(w.getKey() + " " + w.getValue()).isEmpty();
      if (w.getValue().has("address")) {
        assertThat(schema("Address").validate(w.getValue().get("address"))).isEmpty();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown member", "legacy country", "no key", "constant name", "bad date", "wrong type"})
  void schema_mutatedEstablishmentOrObservation_isRejected(String mutation) throws IOException {
    List<Map.Entry<String, JsonNode>> written = written();
    JsonNode establishment = written.stream().filter(w -> w.getKey().equals("Establishment")).findFirst().orElseThrow().getValue();
    JsonNode observation = written.stream().filter(w -> w.getKey().equals("Observation")).findFirst().orElseThrow().getValue();
    ObjectNode e = (ObjectNode) establishment.deepCopy();
    ObjectNode o = (ObjectNode) observation.deepCopy();
    Map<String, Runnable> mutations = Map.of(
        "unknown member", () -> e.put("nationality", "x"),
        "legacy country", () -> ((ObjectNode) e.get("address")).put("country", "BE"),
        "no key", () -> e.remove("key"),
        "constant name", () -> o.put("source", "SOCIAL_INSPECTION"),
        "bad date", () -> ((ObjectNode) o.get("period")).put("from", "14-03-2026"),
        "wrong type", () -> e.put("activityCodes", "96.040"));
    assertThat(schema("Establishment").validate(e)).isEmpty();
    assertThat(schema("Observation").validate(o)).isEmpty();

    mutations.get(mutation).run();

    assertThat(schema("Establishment").validate(e).size() + schema("Observation").validate(o).size()).isPositive();
  }

  private static List<String> schemaEnum(String... path) throws IOException {
    JsonNode node = MAPPER.readTree(TEXT).get("$defs");
    for (String p : path) {
      node = node.get(p);
    }
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.asString()));
    return values;
  }

  private static List<String> ids(Enum<?>[] constants) {
    return Arrays.stream(constants).map(BarrierJson::enumId).toList();
  }

  @Test
  void schema_enumerations_areTheJsonIdsOfTheJavaEnums() throws IOException {
    assertThat(schemaEnum("country")).containsExactlyElementsOf(ids(Country.values()));
    assertThat(schemaEnum("Establishment", "properties", "sector")).containsExactlyElementsOf(ids(Sector.values()));
    assertThat(schemaEnum("ActivityCode", "properties", "classification"))
        .containsExactlyElementsOf(ids(ActivityClassification.values()));
    assertThat(schemaEnum("Observation", "properties", "source")).containsExactlyElementsOf(ids(Agency.values()));
    assertThat(schemaEnum("SubjectReference", "properties", "kind")).containsExactlyElementsOf(ids(SubjectKind.values()));
    assertThat(schemaEnum("Grading", "properties", "scheme")).containsExactlyElementsOf(ids(GradingScheme.values()));
  }
}
