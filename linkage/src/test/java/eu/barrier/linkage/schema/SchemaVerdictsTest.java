package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.linkage.LinkageError;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Barrier accepts exactly the schemas clkhash 0.18.3 both loads and encodes with, on the verdicts
 * recorded from clkhash itself ({@code vectors/clkhash-schemas/schema-verdicts.json}), except the
 * documented refusals listed here.
 */
final class SchemaVerdictsTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Schemas clkhash loads and encodes with that Barrier refuses on purpose, with the code it uses. */
  private static final Map<String, LinkageError> REFUSED = Map.of(
      // clkhash documents xorFolds but reads xor_folds: it would silently not fold
      "xor-folds-documented", LinkageError.SCHEMA_XOR_FOLDS,
      // clkhash fails on every value of such a field; Barrier refuses the schema
      "format-date-bad-directive", LinkageError.SCHEMA_DATE_FORMAT,
      // clkhash would fail when the sentinel occurs
      "missing-replace-not-ascii", LinkageError.SCHEMA_MISSING_VALUE);

  static JsonNode verdicts() throws IOException {
    try (InputStream in = SchemaVerdictsTest.class.getResourceAsStream("/vectors/clkhash-schemas/schema-verdicts.json")) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void check_everyClkhashVerdict_agreesExceptDocumentedRefusals() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int count = 0;
    for (JsonNode c : verdicts().get("cases")) {
      count++;
      String id = c.get("id").stringValue();
      boolean clkhashAccepts = c.get("clkhashLoads").booleanValue()
          && c.get("clkhashEncodes").isBoolean() && c.get("clkhashEncodes").booleanValue();
      SchemaCheck check = LinkageSchemas.check(MAPPER.writeValueAsBytes(c.get("schema")));
      if (REFUSED.containsKey(id)) {
        assertThat(clkhashAccepts).as("%s: clkhash accepts it", id).isTrue();
        assertThat(check.errors()).as(id).extracting(SchemaProblem::error).contains(REFUSED.get(id));
        continue;
      }
      if (check.valid() != clkhashAccepts) {
        disagreements.add(id + ": clkhash " + clkhashAccepts + ", barrier " + check.problems());
      }
    }
    assertThat(count).isGreaterThan(90);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void check_invalidSchema_reportsEveryProblemWithItsPath() {
    String json = """
        {"version": 3, "clkConfig": {"l": 0, "kdf": {"type": "HKDF", "salt": 5}},
         "features": [
           {"identifier": "a", "format": {"type": "string", "case": "title"},
            "hashing": {"comparison": {"type": "ngram", "n": 0}, "strategy": {"bitsPerToken": 20, "x": 1}}},
           {"identifier": "b", "ignored": false}
         ]}""";
    SchemaCheck check = LinkageSchemas.check(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(check.valid()).isFalse();
    // issue 16: an unknown member name (here x) is input, so its place is shown as *
    assertThat(check.errors()).extracting(SchemaProblem::path).contains(
        "/clkConfig/l", "/clkConfig/kdf/salt", "/features/0/format/case", "/features/0/hashing/comparison/n",
        "/features/0/hashing/strategy/*", "/features/1/ignored");
  }
}
