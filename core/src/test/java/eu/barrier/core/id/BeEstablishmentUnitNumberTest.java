package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BeEstablishmentUnitNumberTest {

  @Test
  void parse_publishedExample_isValid() {
    BeEstablishmentUnitNumber number = BeEstablishmentUnitNumber.parse("2.104.471.814");

    assertThat(number.canonical()).isEqualTo("2104471814");
    assertThat(number.display()).isEqualTo("2.104.471.814");
    assertThat(number).hasToString("BeEstablishmentUnitNumber[redacted]");
  }

  @ParameterizedTest
  @CsvSource({
    "2.104.471.666, ID_CHECK_DIGITS",
    "0203.201.340, ID_FIRST_DIGIT",
    "BE2104471814, ID_BAD_CHARACTER",
    "104.471.814, ID_WRONG_LENGTH"
  })
  void parse_invalid_throwsWithRuleCode(String input, CoreError expected) {
    assertThatThrownBy(() -> BeEstablishmentUnitNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
  }

  @Test
  void parse_firstDigitNine_throwsFirstDigit() {
    String nine = SyntheticIdentifiers.withMod97("91044718");

    assertThatThrownBy(() -> BeEstablishmentUnitNumber.parse(nine))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("the first digit must be 2 to 8");
  }
}
