package eu.barrier.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16, point 7: the strict JSON reader, fed mutations of its corpus ({@code fuzz/json}) and
 * arbitrary bytes, returns a tree or throws its one documented failure type, {@link
 * JsonFormatException} with a {@code BARRIER-CORE-} code; never another exception or error.
 * {@code -Dbarrier.fuzz.tries=N} runs longer (see {@code docs/threat-model.md}).
 */
final class StrictJsonFuzzTest {

  private static final List<byte[]> CORPUS = Fuzz.corpus(StrictJsonFuzzTest.class, "/fuzz/json/assess-input.json",
      "/fuzz/json/signal-report.json", "/fuzz/json/nesting.json");

  private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\u0000", "\\ud800", "1e999",
      "-0", "NaN", "null", "true", "//", "/*", "\u00ef\u00bb\u00bf", "\"a\":1,\"a\":2", "\"85.07.30-033.28\":1");

  @Test
  void read_mutatedDocuments_giveTreeOrJsonFormatException() {
    BarrierJson json = BarrierJson.create();
    Fuzz.run("BarrierJson.read", Fuzz.mutations(CORPUS, TOKENS), Fuzz.tries(2_000), bytes -> {
      try {
        assertThat(json.read(bytes, JsonNode.class)).isNotNull();
      } catch (JsonFormatException e) {
        assertThat(e.code()).startsWith("BARRIER-CORE-0");
        assertThat(e.getMessage()).doesNotContain("85.07.30-033.28");
      }
    });
  }
}
