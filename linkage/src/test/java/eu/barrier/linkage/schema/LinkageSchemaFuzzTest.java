package eu.barrier.linkage.schema;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: the linkage schema reader, fed mutations of its corpus ({@code
 * fuzz/linkage-schema}) and arbitrary bytes, returns a schema or throws its one documented failure
 * type, {@link SchemaException}.
 */
final class LinkageSchemaFuzzTest {

  private static final List<byte[]> CORPUS = Fuzz.corpus(LinkageSchemaFuzzTest.class,
      "/fuzz/linkage-schema/schema.json");

  private static final List<String> TOKENS = List.of("\"version\":3", "\"version\":1", "\"hash\"", "\"k\":-1",
      "\"ngram\":0", "\"format\":{\"type\":\"date\"}", "\"pattern\":\"(\"", "\"strategy\"", "\"bitsPerFeature\":9999999",
      "{", "}", "[", "]", ",", "\"", "null");

  @Test
  void parse_mutatedSchemas_giveSchemaOrSchemaException() {
    Fuzz.run("LinkageSchemas.parse", Fuzz.mutations(CORPUS, TOKENS), Fuzz.tries(2_000), bytes -> {
      try {
        assertThat(LinkageSchemas.parse(bytes)).isNotNull();
      } catch (SchemaException e) {
        assertThat(e.problems()).isNotEmpty();
      }
    });
  }
}
