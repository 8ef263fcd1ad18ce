package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class BeEnterpriseNumberTest {

  @ParameterizedTest
  @CsvSource({
    "0203.201.340, 0203201340, 0203.201.340",
    "0207.500.123, 0207500123, 0207.500.123",
    "0308.357.159, 0308357159, 0308.357.159",
    "0202.239.951, 0202239951, 0202.239.951",
    "0403019261, 0403019261, 0403.019.261",
    "0428759497, 0428759497, 0428.759.497",
    "0314.595.348, 0314595348, 0314.595.348"
  })
  void parse_publishedExample_isValid(String input, String canonical, String display) {
    BeEnterpriseNumber number = BeEnterpriseNumber.parse(input);

    assertThat(number.canonical()).isEqualTo(canonical);
    assertThat(number.display()).isEqualTo(display);
    assertThat(number.type()).isEqualTo(IdentifierType.BE_ENTERPRISE);
    assertThat(BeEnterpriseNumber.isValid(input)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BE0203201340",
        "be 0203.201.340",
        "Be0203 201 340",
        "  BE 0203-201-340 ",
        "BE (0)203.201.340",
        "(0)203201340",
        "203.201.340",
        "203201340",
        "0203/201/340"
      })
  void parse_writtenForm_givesCanonicalDigits(String input) {
    assertThat(BeEnterpriseNumber.parse(input).canonical()).isEqualTo("0203201340");
  }

  @ParameterizedTest
  @CsvSource({
    "0431.150.351, ID_CHECK_DIGITS",
    "0203.201.341, ID_CHECK_DIGITS",
    "2.104.471.814, ID_FIRST_DIGIT",
    "203.201.34, ID_WRONG_LENGTH",
    "00203.201.340, ID_WRONG_LENGTH",
    "NL0203201340, ID_BAD_CHARACTER",
    "BE, ID_EMPTY",
    "'  ', ID_EMPTY",
    "0203_201_340, ID_BAD_CHARACTER",
    "0203.201.340 BE, ID_BAD_CHARACTER",
    "(1)203201340, ID_BAD_CHARACTER"
  })
  void parse_invalid_throwsWithRuleCode(String input, CoreError expected) {
    assertThatThrownBy(() -> BeEnterpriseNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo(expected);
              assertThat(e.type()).isEqualTo(IdentifierType.BE_ENTERPRISE);
            });
    assertThat(BeEnterpriseNumber.isValid(input)).isFalse();
  }

  @Test
  void parse_emptyString_throwsEmpty() {
    assertThatThrownBy(() -> BeEnterpriseNumber.parse(""))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("BARRIER-CORE-0001: be-enterprise: ");
  }

  @Test
  void parse_longerThanLimit_throwsTooLong() {
    String input = "0203.201.340" + " ".repeat(53);

    assertThatThrownBy(() -> BeEnterpriseNumber.parse(input))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageStartingWith("BARRIER-CORE-0002: ");
    assertThat(BeEnterpriseNumber.isValid(input.substring(1))).isTrue();
  }

  @Test
  void parse_firstDigitOne_isValid() {
    String canonical = SyntheticIdentifiers.withMod97("10000000");

    assertThat(BeEnterpriseNumber.parse(canonical).display()).startsWith("1000.");
  }

  @Test
  void equals_sameDigitsDifferentForms_equalAndSameHash() {
    BeEnterpriseNumber a = BeEnterpriseNumber.parse("BE0203201340");
    BeEnterpriseNumber b = BeEnterpriseNumber.parse("0203.201.340");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(BeEnterpriseNumber.parse("0207.500.123"));
  }

  @Test
  void toString_any_isRedacted() {
    assertThat(BeEnterpriseNumber.parse("0203.201.340")).hasToString("BeEnterpriseNumber[redacted]");
  }
}
