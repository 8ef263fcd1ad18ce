package eu.barrier.core.id;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of synthetic identifiers with valid check digits: random digits, check digits
 * computed here independently of the main code (a test oracle). Never real numbers.
 */
final class SyntheticIdentifiers {

  private SyntheticIdentifiers() {}

  static Arbitrary<String> digits(int count) {
    return Arbitraries.strings().withCharRange('0', '9').ofLength(count);
  }

  /** BE enterprise (first digit 0-1) or establishment unit (first digit 2-8) number, canonical. */
  static Arbitrary<String> mod97(char firstMin, char firstMax) {
    return Combinators.combine(Arbitraries.chars().range(firstMin, firstMax), digits(7))
        .as((first, rest) -> withMod97(first + rest));
  }

  static String withMod97(String first8) {
    long check = 97 - Long.parseLong(first8) % 97;
    return first8 + String.format(Locale.ROOT, "%02d", check);
  }

  static Arbitrary<String> beEnterprise() {
    return mod97('0', '1');
  }

  static Arbitrary<String> beEstablishment() {
    return mod97('2', '8');
  }

  /** A BSN or RSIN: 8 random digits and the 9th chosen so that the 11-test passes. */
  static Arbitrary<String> elevenTest() {
    return digits(8)
        .map(SyntheticIdentifiers::withElevenTestDigit)
        .filter(s -> s != null && !s.equals("000000000"));
  }

  /** Returns the 9-digit number passing the 11-test, or null when no last digit works. */
  static String withElevenTestDigit(String first8) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (first8.charAt(i) - '0');
    }
    int last = sum % 11;
    return last == 10 ? null : first8 + last;
  }

  /** A national register number: birth date 1900-2099 (bis and unknown parts included). */
  static Arbitrary<String> beNationalNumber() {
    Arbitrary<LocalDate> dates =
        Arbitraries.longs()
            .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<Integer> bisOffsets = Arbitraries.of(0, 0, 0, 20, 40);
    Arbitrary<Integer> unknown = Arbitraries.of(0, 0, 0, 0, 1, 2, 3);
    Arbitrary<Integer> sequence = Arbitraries.integers().between(1, 998);
    return Combinators.combine(dates, bisOffsets, unknown, sequence)
        .as(SyntheticIdentifiers::nationalNumber);
  }

  /**
   * Builds a national number; {@code unknown} 1 blanks the day, 2 the month, 3 both.
   */
  static String nationalNumber(LocalDate date, int bisOffset, int unknown, int sequence) {
    int month = (unknown & 2) != 0 ? 0 : date.getMonthValue();
    int day = (unknown & 1) != 0 ? 0 : date.getDayOfMonth();
    String first9 =
        String.format(
            Locale.ROOT, "%02d%02d%02d%03d", date.getYear() % 100, month + bisOffset, day, sequence);
    long checked = Long.parseLong(first9) + (date.getYear() >= 2000 ? 2_000_000_000L : 0);
    return first9 + String.format(Locale.ROOT, "%02d", 97 - checked % 97);
  }

  /** Canonical valid values of the given type. */
  static Arbitrary<String> valid(IdentifierType type) {
    switch (type) {
      case BE_ENTERPRISE:
        return beEnterprise();
      case BE_ESTABLISHMENT:
        return beEstablishment();
      case BE_NATIONAL_NUMBER:
        return beNationalNumber();
      case NL_BSN:
      case NL_RSIN:
        return elevenTest();
      case NL_KVK:
        return digits(8);
      case NL_ESTABLISHMENT:
        return digits(12);
      default:
        throw new IllegalArgumentException("no generator for " + type);
    }
  }

  /** Pairs of a type and one of its valid canonical values. */
  static Arbitrary<TypedValue> anyValid() {
    return Arbitraries.of(IdentifierType.class)
        .flatMap(type -> valid(type).map(value -> new TypedValue(type, value)));
  }

  /** A type with one of its valid canonical values. */
  record TypedValue(IdentifierType type, String canonical) {}
}
