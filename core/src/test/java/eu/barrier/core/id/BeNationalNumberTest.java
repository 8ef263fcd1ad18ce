package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.CoreError;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class BeNationalNumberTest {

  @ParameterizedTest
  @CsvSource({
    // published synthetic examples (domain.md §5)
    "85.07.30-033.28, 85073003328, 85.07.30-033.28, 1985, false, 1985-07-30",
    "17.07.30-033.84, 17073003384, 17.07.30-033.84, 2017, false, 2017-07-30",
    "00.01.01-001.05, 00010100105, 00.01.01-001.05, 2000, false, 2000-01-01",
    "00.01.01-001.73, 00010100173, 00.01.01-001.73, 1900, false, 1900-01-01",
    // belgif test SSINs: bis number born 1923-09-28; bis number with unknown month and day, 1992
    "23292805780, 23292805780, 23.29.28-057.80, 1923, true, 1923-09-28",
    "92200006963, 92200006963, 92.20.00-069.63, 1992, true, ''"
  })
  void parse_publishedExample_isValid(
      String input, String canonical, String display, int year, boolean bis, String date) {
    BeNationalNumber number = BeNationalNumber.parse(input);

    assertThat(number.canonical()).isEqualTo(canonical);
    assertThat(number.display()).isEqualTo(display);
    assertThat(number.birthYear()).isEqualTo(year);
    assertThat(number.isBis()).isEqualTo(bis);
    assertThat(number.birthDate().map(LocalDate::toString).orElse("")).isEqualTo(date);
    assertThat(number).hasToString("BeNationalNumber[redacted]");
  }

  @ParameterizedTest
  @CsvSource({
    "12345678901, ID_CHECK_DIGITS",
    "85.07.30-033.29, ID_CHECK_DIGITS",
    "8507300332, ID_WRONG_LENGTH",
    "BE85073003328, ID_BAD_CHARACTER"
  })
  void parse_invalid_throwsWithRuleCode(String input, CoreError expected) {
    assertThatThrownBy(() -> BeNationalNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.errorCode()).isEqualTo(expected));
  }

  @ParameterizedTest
  @CsvSource({
    "85, 13, 1",
    "85, 2, 30",
    "85, 2, 29", // 1985 is not a leap year
    "00, 2, 29", // under the old rule 1900, not a leap year
    "85, 4, 31",
    "85, 1, 32",
    "85, 33, 1", // bis month 13
    "85, 60, 1",
    "85, 22, 30", // bis: February 30
    "85, 41, 32"
  })
  void parse_impossibleBirthDate_throwsBirthDate(int yy, int mm, int dd) {
    String digits = withOldRule(String.format(Locale.ROOT, "%02d%02d%02d001", yy, mm, dd));

    assertThatThrownBy(() -> BeNationalNumber.parse(digits))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> assertThat(e.errorCode()).isEqualTo(CoreError.ID_BIRTH_DATE));
  }

  @Test
  void parse_february29InLeapYearOfMatchingCentury_isValid() {
    String born2000 = SyntheticIdentifiers.nationalNumber(LocalDate.of(2000, 2, 29), 0, 0, 1);

    assertThat(BeNationalNumber.parse(born2000).birthDate()).contains(LocalDate.of(2000, 2, 29));
  }

  @Test
  void parse_unknownDayOrMonth_hasNoBirthDateButAYear() {
    String unknownDay = withOldRule("850700001");
    String unknownMonth = withOldRule("850012001");

    assertThat(BeNationalNumber.parse(unknownDay).birthDate()).isEmpty();
    assertThat(BeNationalNumber.parse(unknownDay).birthYear()).isEqualTo(1985);
    assertThat(BeNationalNumber.parse(unknownMonth).birthDate()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "85, 0, 40", // the example 85.00.40: the day's serials ran out, the register counts on
    "85, 0, 32",
    "85, 20, 99",
    "85, 40, 57",
    "03, 0, 31"
  })
  void parse_unknownMonthWithDayDigitsAbove31_isValidWithoutBirthDate(int yy, int mm, int dd) {
    String digits = withOldRule(String.format(Locale.ROOT, "%02d%02d%02d123", yy, mm, dd));

    BeNationalNumber number = BeNationalNumber.parse(digits);

    assertThat(number.birthDate()).isEmpty();
    assertThat(number.birthYear()).isEqualTo(1900 + yy);
    assertThat(number.isBis()).isEqualTo(mm != 0);
  }

  @Test
  void parse_bisMonthPlus40_isBisWithRealMonth() {
    String bis40 = SyntheticIdentifiers.nationalNumber(LocalDate.of(2004, 11, 3), 40, 0, 12);

    BeNationalNumber number = BeNationalNumber.parse(bis40);

    assertThat(number.isBis()).isTrue();
    assertThat(number.birthDate()).contains(LocalDate.of(2004, 11, 3));
  }

  @Test
  void parse_yearDigitChangedBySix_switchesCenturyWithSameCheckDigits() {
    // documented weakness of the century rule, see the class Javadoc
    String born2012 = SyntheticIdentifiers.nationalNumber(LocalDate.of(2012, 3, 4), 0, 0, 123);
    String changed = "18" + born2012.substring(2);

    assertThat(BeNationalNumber.parse(born2012).birthYear()).isEqualTo(2012);
    assertThat(BeNationalNumber.parse(changed).birthYear()).isEqualTo(1918);
  }

  private static String withOldRule(String first9) {
    return first9 + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(first9) % 97);
  }
}
