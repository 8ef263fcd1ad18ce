package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import org.junit.jupiter.api.Test;

final class NlEstablishmentNumberTest {

  @Test
  void parse_twelveDigits_isValid() {
    NlEstablishmentNumber number = NlEstablishmentNumber.parse("0000-1234-5678");

    assertThat(number.canonical()).isEqualTo("000012345678");
    assertThat(number).hasToString("NlEstablishmentNumber[redacted]");
  }

  @Test
  void parse_elevenDigits_throwsWrongLength() {
    assertThatThrownBy(() -> NlEstablishmentNumber.parse("00001234567"))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(CoreError.ID_WRONG_LENGTH);
              assertThat(e.reason()).isEqualTo("wrong number of digits: exactly 12 digits are required");
            });
  }
}
