package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Barrier's schema rules agree with clkhash's published JSON Schema files ({@code v1.json}, {@code
 * v2.json}, {@code v3.json}, kept as test data) on valid schemas and on random mutations of them:
 * a document has a rule problem exactly when a JSON Schema validator finds an error.
 */
final class JsonSchemaAgreementProperties {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Schema[] JSON_SCHEMAS = new Schema[4];
  private static final List<JsonNode> BASES = new ArrayList<>();

  static {
    try {
      for (int v = 1; v <= 3; v++) {
        try (InputStream in = JsonSchemaAgreementProperties.class.getResourceAsStream(
            "/vectors/clkhash-schemas/v" + v + ".json")) {
          SpecificationVersion dialect = v == 1 ? SpecificationVersion.DRAFT_4 : SpecificationVersion.DRAFT_7;
          JSON_SCHEMAS[v] = SchemaRegistry.withDefaultDialect(dialect).getSchema(in);
        }
      }
      for (JsonNode c : SchemaVerdictsTest.verdicts().get("cases")) {
        if (c.get("clkhashLoads").booleanValue()) {
          BASES.add(c.get("schema"));
        }
      }
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static boolean rulesAccept(JsonNode doc) {
    int version = doc.get("version").asInt();
    List<SchemaProblem> problems = new ArrayList<>();
    SchemaRules.forVersion(version).check(doc, "", problems);
    return problems.isEmpty();
  }

  private static boolean jsonSchemaAccepts(JsonNode doc) {
    return JSON_SCHEMAS[doc.get("version").asInt()].validate(doc).isEmpty();
  }

  @Property(tries = 1000)
  void rules_randomMutationOfAValidSchema_agreeWithPublishedJsonSchema(@ForAll("mutated") JsonNode doc) {
    assertThat(rulesAccept(doc)).as("%s", doc).isEqualTo(jsonSchemaAccepts(doc));
    // the whole check never throws, whatever the mutation
    SchemaCheck check = LinkageSchemas.check(MAPPER.writeValueAsBytes(doc));
    assertThat(check.valid() || !check.errors().isEmpty()).isTrue();
  }

  @Property(tries = 50)
  void rules_validSchemasFromClkhash_areAcceptedByBoth(@ForAll("bases") JsonNode doc) {
    assertThat(jsonSchemaAccepts(doc)).isTrue();
    assertThat(rulesAccept(doc)).isTrue();
  }

  @Provide
  Arbitrary<JsonNode> bases() {
    return Arbitraries.of(BASES);
  }

  @Provide
  Arbitrary<JsonNode> mutated() {
    Arbitrary<JsonNode> replacement = Arbitraries.of(
        NODES.stringNode("x"), NODES.stringNode(""), NODES.stringNode("HKDF"), NODES.stringNode("ngram"),
        NODES.stringNode("exact"), NODES.stringNode("numeric"), NODES.stringNode("string"),
        NODES.stringNode("integer"), NODES.stringNode("date"), NODES.stringNode("enum"),
        NODES.stringNode("blakeHash"), NODES.stringNode("doubleHash"), NODES.stringNode("SHA512"),
        NODES.stringNode("upper"), NODES.stringNode("utf-16"), NODES.numberNode(0), NODES.numberNode(1),
        NODES.numberNode(-1), NODES.numberNode(2.0), NODES.numberNode(2.5), NODES.numberNode(1024),
        NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(), NODES.arrayNode(),
        NODES.arrayNode().add("M"), NODES.objectNode(), NODES.objectNode().put("type", "ngram").put("n", 2),
        NODES.objectNode().put("bitsPerToken", 5), NODES.objectNode().put("k", 5),
        NODES.objectNode().put("type", "blakeHash"), NODES.objectNode().put("sentinel", ""));
    Arbitrary<String> names = Arbitraries.of("type", "n", "k", "numBits", "bitsPerToken", "bitsPerFeature",
        "positional", "ignored", "format", "hashing", "pattern", "case", "minLength", "maxLength", "encoding",
        "missingValue", "hash", "prevent_singularity", "weight", "ngram", "extra", "xorFolds", "description");
    return Combinators.combine(Arbitraries.of(BASES), Arbitraries.integers().between(1, 3),
        Arbitraries.integers().between(0, 10_000).list().ofSize(6), replacement.list().ofSize(3),
        names.list().ofSize(3), Arbitraries.integers().between(0, 2).list().ofSize(3))
        .as((base, times, picks, values, keys, kinds) -> {
          JsonNode doc = base.deepCopy();
          for (int t = 0; t < times; t++) {
            mutate(doc, picks.get(2 * t), picks.get(2 * t + 1), values.get(t), keys.get(t), kinds.get(t));
          }
          return doc;
        });
  }

  /** Applies one mutation at a node chosen by {@code pick}, never to the version. */
  private static void mutate(JsonNode doc, int pick, int second, JsonNode value, String key, int kind) {
    List<JsonNode> containers = new ArrayList<>();
    collect(doc, containers);
    JsonNode target = containers.get(pick % containers.size());
    if (target instanceof ObjectNode o) {
      List<String> names = new ArrayList<>(o.propertyNames());
      names.remove("version");
      switch (kind) {
        case 0 -> o.set(key, value.deepCopy());
        case 1 -> {
          if (!names.isEmpty()) {
            o.remove(names.get(second % names.size()));
          }
        }
        default -> {
          if (!names.isEmpty()) {
            o.set(names.get(second % names.size()), value.deepCopy());
          }
        }
      }
    } else if (target instanceof ArrayNode a && a.size() > 0) {
      int i = second % a.size();
      if (kind == 1) {
        a.remove(i);
      } else {
        a.set(i, value.deepCopy());
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject() || node.isArray()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }
}
