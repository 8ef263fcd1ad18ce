package eu.barrier.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Barrier's national-number rule against python-stdnum 2.2, the widely used reference: first on
 * 2 400 numbers that stdnum itself judged (the data file), then, through a restatement of stdnum's
 * rule that the data file pins down, on numbers generated here. The two documented differences
 * are asserted, not skipped.
 */
final class BeNationalNumberDifferentialTest {

  private static final String VECTORS = "stdnum-2.2-be-nn.tsv";

  /** The year the vectors were made: stdnum tries the rule for births from 2000 only up to it. */
  private static final int STDNUM_TODAY_YEAR = 2026;

  record Vector(String digits, boolean nn, boolean bis) {
    boolean stdnum() {
      return nn || bis;
    }
  }

  @Test
  void stdnumVectors_restatedRule_agreesOnEveryNumber() throws IOException {
    List<Vector> vectors = vectors();

    assertThat(vectors).hasSize(2400);
    for (Vector v : vectors) {
      assertThat(StdnumRule.isValid(v.digits(), STDNUM_TODAY_YEAR)).as(v.digits()).isEqualTo(v.stdnum());
    }
  }

  @Test
  void stdnumVectors_barrier_agreesExceptTheDocumentedDifferences() throws IOException {
    int agreed = 0;
    int impossibleDay = 0;
    int futureCentury = 0;
    for (Vector v : vectors()) {
      boolean barrier = BeNationalNumber.isValid(v.digits());
      Difference d = Difference.of(v.digits(), STDNUM_TODAY_YEAR);
      switch (d) {
        case NONE -> {
          assertThat(barrier).as(v.digits()).isEqualTo(v.stdnum());
          agreed++;
        }
        case IMPOSSIBLE_DAY_IN_KNOWN_MONTH -> {
          assertThat(barrier).as(v.digits()).isFalse();
          assertThat(v.stdnum()).as(v.digits()).isTrue();
          impossibleDay++;
        }
        case CENTURY_AFTER_TODAY -> {
          assertThat(barrier).as(v.digits()).isTrue();
          assertThat(v.stdnum()).as(v.digits()).isFalse();
          futureCentury++;
        }
      }
    }
    // every class is exercised by the data, and month 00/20/40 with day digits above 31 is accepted
    assertThat(agreed).isGreaterThan(1500);
    assertThat(impossibleDay).isPositive();
    assertThat(futureCentury).isPositive();
    assertThat(vectors().stream().filter(v -> unknownMonth(v.digits()) && day(v.digits()) > 31 && v.stdnum())
        .allMatch(v -> BeNationalNumber.isValid(v.digits()))).isTrue();
  }

  @Property(tries = 2000)
  void generatedNumbers_barrier_agreesWithStdnumRuleExceptTheDocumentedDifferences(
      @ForAll("numbers") String digits) {
    boolean barrier = BeNationalNumber.isValid(digits);
    boolean stdnum = StdnumRule.isValid(digits, STDNUM_TODAY_YEAR);

    switch (Difference.of(digits, STDNUM_TODAY_YEAR)) {
      case NONE -> assertThat(barrier).isEqualTo(stdnum);
      case IMPOSSIBLE_DAY_IN_KNOWN_MONTH -> assertThat(barrier).isFalse();
      case CENTURY_AFTER_TODAY -> assertThat(barrier).isTrue();
    }
  }

  @Property(tries = 500)
  void unknownMonth_anyDayDigits_isValidWithoutBirthDate(
      @ForAll("years") int yy, @ForAll("unknownMonths") int mm, @ForAll("days") int dd, @ForAll("serials") int sss,
      @ForAll boolean from2000) {
    String first9 = String.format(Locale.ROOT, "%02d%02d%02d%03d", yy, mm, dd, sss);
    String digits = first9 + check(first9, from2000);

    BeNationalNumber number = BeNationalNumber.parse(digits);

    assertThat(number.birthDate()).isEmpty();
    assertThat(number.birthYear()).isEqualTo((from2000 ? 2000 : 1900) + yy);
    assertThat(number.isBis()).isEqualTo(mm != 0);
  }

  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<Integer> months = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(0, 20, 40)),
        net.jqwik.api.Tuple.of(5, net.jqwik.api.Combinators.combine(Arbitraries.integers().between(1, 12),
            Arbitraries.of(0, 20, 40)).as(Integer::sum)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 99)));
    return net.jqwik.api.Combinators.combine(years(), months, Arbitraries.integers().between(0, 99), serials(),
            Arbitraries.integers().between(0, 2))
        .as((yy, mm, dd, sss, rule) -> {
          String first9 = String.format(Locale.ROOT, "%02d%02d%02d%03d", yy, mm, dd, sss);
          String cc = rule == 2 ? String.format(Locale.ROOT, "%02d", (yy * 7 + dd) % 100) : check(first9, rule == 1);
          return first9 + cc;
        });
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(0, 99);
  }

  @Provide
  Arbitrary<Integer> unknownMonths() {
    return Arbitraries.of(0, 20, 40);
  }

  @Provide
  Arbitrary<Integer> days() {
    return Arbitraries.integers().between(0, 99);
  }

  @Provide
  Arbitrary<Integer> serials() {
    return Arbitraries.integers().between(0, 999);
  }

  private static String check(String first9, boolean from2000) {
    long v = Long.parseLong(first9) + (from2000 ? 2_000_000_000L : 0);
    return String.format(Locale.ROOT, "%02d", 97 - v % 97);
  }

  private static boolean unknownMonth(String digits) {
    return Integer.parseInt(digits.substring(2, 4)) % 20 == 0 && Integer.parseInt(digits.substring(2, 4)) <= 40;
  }

  private static int day(String digits) {
    return Integer.parseInt(digits.substring(4, 6));
  }

  /** Where Barrier and stdnum 2.2 disagree by design. */
  enum Difference {
    NONE,
    /** A known month with a day after its last day: stdnum reads it as an unknown day. */
    IMPOSSIBLE_DAY_IN_KNOWN_MONTH,
    /** Check digits under the rule from 2000 for a year after today: stdnum does not try that rule. */
    CENTURY_AFTER_TODAY;

    static Difference of(String digits, int todayYear) {
      int century = StdnumRule.century(digits, Integer.MAX_VALUE);
      if (century == 0) {
        return NONE;
      }
      int written = Integer.parseInt(digits.substring(2, 4));
      boolean validMonthRange = written <= 12 || (written >= 20 && written <= 32) || (written >= 40 && written <= 52);
      if (!validMonthRange) {
        return NONE;
      }
      int month = written % 20;
      int day = day(digits);
      boolean impossibleDay = month != 0 && day != 0
          && day > YearMonth.of(century + Integer.parseInt(digits.substring(0, 2)), month).lengthOfMonth();
      if (century == 2000 && 2000 + Integer.parseInt(digits.substring(0, 2)) > todayYear) {
        return impossibleDay ? NONE : CENTURY_AFTER_TODAY; // both reject an impossible day there
      }
      return impossibleDay ? IMPOSSIBLE_DAY_IN_KNOWN_MONTH : NONE;
    }
  }

  /**
   * python-stdnum 2.2's rule ({@code be.nn.is_valid or be.bis.is_valid}) restated from its
   * documentation and behaviour, with "today" as a parameter. The first test checks this
   * restatement against stdnum's own verdicts.
   */
  static final class StdnumRule {

    static int century(String digits, int todayYear) {
      long first9 = Long.parseLong(digits.substring(0, 9));
      long cc = Long.parseLong(digits.substring(9));
      if (97 - first9 % 97 == cc) {
        return 1900;
      }
      boolean tryNew = 2000 + Integer.parseInt(digits.substring(0, 2)) <= todayYear;
      return tryNew && 97 - (2_000_000_000L + first9) % 97 == cc ? 2000 : 0;
    }

    static boolean isValid(String digits, int todayYear) {
      if (Long.parseLong(digits) <= 0) {
        return false;
      }
      int century = century(digits, todayYear);
      if (century == 0) {
        return false;
      }
      int written = Integer.parseInt(digits.substring(2, 4));
      boolean nnMonth = written <= 12;
      boolean bisMonth = (written >= 20 && written <= 32) || (written >= 40 && written <= 52);
      String date = digits.substring(0, 6);
      if (date.equals("000001") || date.equals("002001") || date.equals("004001")) {
        return nnMonth || bisMonth;
      }
      int month = written % 20;
      if (month > 12) {
        return false; // stdnum raises for the month before it looks at the ranges
      }
      return nnMonth || bisMonth;
    }

    private StdnumRule() {}
  }

  private static List<Vector> vectors() throws IOException {
    List<Vector> out = new ArrayList<>();
    try (InputStream in = BeNationalNumberDifferentialTest.class.getResourceAsStream(VECTORS);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("digits")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Vector(f[0], Boolean.parseBoolean(f[1]), Boolean.parseBoolean(f[2])));
      }
    }
    return out;
  }
}
