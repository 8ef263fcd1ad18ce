package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NlBsnTest {

  @ParameterizedTest
  @CsvSource({
    "111222333, 111222333",
    "123456782, 123456782",
    "1112.22.333, 111222333",
    "12345672, 012345672"
  })
  void parse_valid_givesCanonicalDigits(String input, String canonical) {
    NlBsn bsn = NlBsn.parse(input);

    assertThat(bsn.canonical()).isEqualTo(canonical);
    assertThat(bsn.display()).isEqualTo(canonical);
    assertThat(bsn).hasToString("NlBsn[redacted]");
  }

  @ParameterizedTest
  @CsvSource({
    "111252333, ID_CHECK_DIGITS",
    "1112223334, ID_WRONG_LENGTH",
    "1112223, ID_WRONG_LENGTH",
    "000000000, ID_ALL_ZEROS",
    "00000000, ID_ALL_ZEROS",
    "BE111222333, ID_BAD_CHARACTER"
  })
  void parse_invalid_throwsWithRuleCode(String input, CoreError expected) {
    assertThatThrownBy(() -> NlBsn.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
    assertThat(NlBsn.isValid(input)).isFalse();
  }
}
