package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Single-digit changes of a national register number: what exactly is detected. See the
 * "Error detection" paragraph of {@link BeNationalNumber}.
 */
final class BeNationalNumberProperties {

  /**
   * Every single-digit change is rejected, except a change of the second year digit by 6 towards
   * the other century ({@code -6} for a 19xx number, {@code +6} for a 20xx number), which is
   * accepted as a number of the other century exactly when the date stays possible.
   */
  @Property(tries = 300)
  void parse_everySingleDigitChange_rejectedUnlessSecondYearDigitSwitchesCentury(
      @ForAll("nationalNumbers") String canonical) {
    BeNationalNumber original = BeNationalNumber.parse(canonical);
    boolean born1900s = original.birthYear() < 2000;
    for (int index = 0; index < canonical.length(); index++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit == canonical.charAt(index)) {
          continue;
        }
        String mutated = canonical.substring(0, index) + digit + canonical.substring(index + 1);
        int change = digit - canonical.charAt(index);
        boolean switchesCentury = index == 1 && change == (born1900s ? -6 : 6);
        int otherYear = (born1900s ? 2000 : 1900) + Integer.parseInt(mutated.substring(0, 2));

        boolean expected = switchesCentury && datePossible(original, otherYear);

        assertThat(BeNationalNumber.isValid(mutated)).as("change at %d", index).isEqualTo(expected);
        if (expected) {
          assertThat(BeNationalNumber.parse(mutated).birthYear()).isEqualTo(otherYear);
        }
      }
    }
  }

  private static boolean datePossible(BeNationalNumber original, int year) {
    return original
        .birthDate()
        .map(
            date -> {
              try {
                LocalDate.of(year, date.getMonth(), date.getDayOfMonth());
                return true;
              } catch (DateTimeException e) {
                return false;
              }
            })
        .orElse(true);
  }

  @Provide
  Arbitrary<String> nationalNumbers() {
    Arbitrary<String> any = SyntheticIdentifiers.beNationalNumber();
    Arbitrary<String> leapDays =
        Arbitraries.integers()
            .between(0, 24)
            .map(i -> LocalDate.of(1904 + 8 * i % 192, 2, 29))
            .map(date -> SyntheticIdentifiers.nationalNumber(date, 0, 0, 7));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, leapDays));
  }
}
