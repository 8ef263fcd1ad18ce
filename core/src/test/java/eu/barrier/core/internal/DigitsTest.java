package eu.barrier.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.CoreError;
import org.junit.jupiter.api.Test;

final class DigitsTest {

  @Test
  void tooLongRule_statesTheEnforcedLimit() {
    assertThat(CoreError.ID_TOO_LONG.rule())
        .contains("at most " + Digits.MAX_INPUT_LENGTH + " characters");
  }

  @Test
  void normalise_exactlyAtLimit_isAcceptedAndOneMoreIsNot() {
    String atLimit = "1" + " ".repeat(Digits.MAX_INPUT_LENGTH - 1);

    assertThat(Digits.normalise(atLimit, false, new StringBuilder())).isNull();
    assertThat(Digits.normalise(atLimit + " ", false, new StringBuilder()))
        .isEqualTo(CoreError.ID_TOO_LONG);
  }

  @Test
  void normalise_vatPrefixOnlyWhenAllowed() {
    StringBuilder digits = new StringBuilder();

    assertThat(Digits.normalise(" bE 0203.201.340", true, digits)).isNull();
    assertThat(digits).hasToString("0203201340");
    assertThat(Digits.normalise("BE0203201340", false, new StringBuilder()))
        .isEqualTo(CoreError.ID_BAD_CHARACTER);
  }

  @Test
  void format_pattern_placesDigitsAndCopiesOthers() {
    assertThat(Digits.format("85073003328", "##.##.##-###.##")).isEqualTo("85.07.30-033.28");
  }
}
