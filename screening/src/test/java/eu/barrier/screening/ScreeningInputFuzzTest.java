package eu.barrier.screening;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.testing.Fuzz;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, point 7: the screen input reader, fed mutations of its corpus ({@code
 * fuzz/screen-input}: establishments.json and observations.json) and arbitrary bytes, returns an
 * input or throws its one documented failure type, {@link ScreeningException}.
 */
final class ScreeningInputFuzzTest {

  private static final List<byte[]> ESTABLISHMENTS = Fuzz.corpus(ScreeningInputFuzzTest.class,
      "/fuzz/screen-input/establishments.json");
  private static final List<byte[]> OBSERVATIONS = Fuzz.corpus(ScreeningInputFuzzTest.class,
      "/fuzz/screen-input/observations.json");

  private static final List<String> TOKENS = List.of("be-establishment:2999000000", "be-establishment:2999000072",
      "\"sector\":\"casino\"", "\"sector\":\"carwash\"", "\"kind\":\"person\"", "\"establishments\":[]", "{", "}", "[",
      "]", ",", "\"", "\"Janssens\":1");

  private static void oneOutcome(byte[] establishments, byte[] observations) {
    try {
      assertThat(ScreeningInput.read("fuzz", establishments, observations).establishments()).isNotNull();
    } catch (ScreeningException e) {
      assertThat(e.code()).startsWith("BARRIER-SCR-");
      assertThat(e.getMessage()).doesNotContain("Janssens");
    }
  }

  @Test
  void read_mutatedEstablishments_giveInputOrScreeningException() {
    Fuzz.run("ScreeningInput.read establishments", Fuzz.mutations(ESTABLISHMENTS, TOKENS), Fuzz.tries(1_500),
        bytes -> oneOutcome(bytes, OBSERVATIONS.get(0)));
  }

  @Test
  void read_mutatedObservations_giveInputOrScreeningException() {
    Fuzz.run("ScreeningInput.read observations", Fuzz.mutations(OBSERVATIONS, TOKENS), Fuzz.tries(1_500),
        bytes -> oneOutcome(ESTABLISHMENTS.get(0), bytes));
  }

  @Test
  void read_observedSubjectWithWrongCheckDigits_refused() {
    // issue 16: screen accepted be-establishment:2999000000, whose check digits are wrong
    byte[] observations = new String(OBSERVATIONS.get(0), java.nio.charset.StandardCharsets.UTF_8)
        .replace("2999000072", "2999000000").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ScreeningException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScreeningException.class,
        () -> ScreeningInput.read("x", ESTABLISHMENTS.get(0), observations));
    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(p -> p.where()).anySatisfy(w -> assertThat(w).contains("BARRIER-IND-0206"));
  }
}
