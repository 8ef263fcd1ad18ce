package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: the assess input reader, fed mutations of its corpus ({@code
 * fuzz/assess-input}) and arbitrary bytes, returns subjects or throws its one documented failure
 * type, {@link AssessInputException}; never another exception or error.
 */
final class AssessInputFuzzTest {

  private static final List<byte[]> CORPUS = Fuzz.corpus(AssessInputFuzzTest.class,
      "/fuzz/assess-input/assess-input.json", "/fuzz/assess-input/establishments.json");

  private static final List<String> TOKENS = List.of("\"subjects\"", "\"observations\"", "\"kind\":\"establishment\"",
      "\"kind\":\"person\"", "\"grading\":\"F6\"", "\"observedUntil\":\"2020-01-01\"", "be-establishment:2999000000",
      "be-establishment:2999000072", "nl-kvk:12345678", "\"id\":\"S-1\"", ",", "{", "}", "[", "]", "\"85.07.30-033.28\":1");

  @Test
  void read_mutatedDocuments_giveSubjectsOrAssessInputException() {
    Fuzz.run("AssessInput.read", Fuzz.mutations(CORPUS, TOKENS), Fuzz.tries(2_000), bytes -> {
      try {
        assertThat(AssessInput.read(bytes)).isNotNull();
      } catch (AssessInputException e) {
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).doesNotContain("85.07.30-033.28");
      }
    });
  }

  @Test
  void read_typedSubjectIdWithWrongCheckDigits_refusedWithItsCode() {
    // issue 16: be-establishment:2999000000 (check digits 00, should be 72) was accepted as an id
    byte[] json = ("{\"subjects\":[{\"id\":\"be-establishment:2999000000\",\"kind\":\"establishment\","
        + "\"observations\":[]}]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    AssessInputException e = org.assertj.core.api.Assertions.catchThrowableOfType(AssessInputException.class,
        () -> AssessInput.read(json));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(p -> p.path() + " " + p.code())
        .containsExactly("/subjects/0/id BARRIER-IND-0206");
    assertThat(e.getMessage()).doesNotContain("2999000000");
  }

  @Test
  void read_typedSubjectIdWithValidCheckDigits_andUntypedIds_accepted() {
    byte[] json = ("{\"subjects\":[{\"id\":\"be-establishment:2999000072\",\"kind\":\"establishment\","
        + "\"observations\":[]},{\"id\":\"local-7\",\"kind\":\"establishment\",\"observations\":[]}]}")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(AssessInput.read(json)).hasSize(2);
  }
}
