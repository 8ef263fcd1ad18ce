package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NlKvkNumberTest {

  @Test
  void parse_eightDigits_isValid() {
    NlKvkNumber kvk = NlKvkNumber.parse("1234 5678");

    assertThat(kvk.canonical()).isEqualTo("12345678");
    assertThat(kvk.display()).isEqualTo("12345678");
    assertThat(kvk).hasToString("NlKvkNumber[redacted]");
  }

  @ParameterizedTest
  @CsvSource({"1234567, ID_WRONG_LENGTH", "123456789, ID_WRONG_LENGTH", "1234567a, ID_BAD_CHARACTER"})
  void parse_invalid_throwsWithRuleCode(String input, CoreError expected) {
    assertThatThrownBy(() -> NlKvkNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
  }
}
