package eu.barrier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NumbersTest {

  @ParameterizedTest(name = "{0} {1} decimals: {2} {3} {4}")
  @CsvSource(delimiter = '|', value = {
      // x | decimals | nl | fr | en
      "64.059 | 3 | 64,059 | 64,059 | 64.059",
      "0.5 | 3 | 0,500 | 0,500 | 0.500",
      "20000 | 0 | 20000 | 20000 | 20000",
      "1234567.891 | 2 | 1234567,89 | 1234567,89 | 1234567.89",
      "-0.08751 | 3 | -0,088 | -0,088 | -0.088",
      "-0.0875 | 3 | -0,087 | -0,087 | -0.087",
      "-0.0001 | 2 | 0,00 | 0,00 | 0.00",
      "0.125 | 2 | 0,12 | 0,12 | 0.12",
      "0.375 | 2 | 0,38 | 0,38 | 0.38",
      "2.675 | 2 | 2,67 | 2,67 | 2.67",
      "1e-7 | 3 | 0,000 | 0,000 | 0.000"})
  void fixed_perLanguage_usesTheLanguagesDecimalSeparatorAndNoGrouping(double x, int decimals, String nl, String fr,
      String en) {
    assertThat(Numbers.of(Language.NL).fixed(x, decimals)).isEqualTo(nl);
    assertThat(Numbers.of(Language.FR).fixed(x, decimals)).isEqualTo(fr);
    assertThat(Numbers.of(Language.EN).fixed(x, decimals)).isEqualTo(en);
  }

  @Test
  void fixed_undefinedAndInfinite_areNamed() {
    assertThat(Numbers.of(Language.NL).fixed(Double.NaN, 3)).isEqualTo("n.v.t.");
    assertThat(Numbers.of(Language.FR).fixed(Double.NaN, 3)).isEqualTo("n.d.");
    assertThat(Numbers.of(Language.EN).fixed(Double.NaN, 3)).isEqualTo("n/a");
    assertThat(Numbers.of(Language.NL).fixed(Double.POSITIVE_INFINITY, 1)).isEqualTo("∞");
    assertThat(Numbers.of(Language.EN).fixed(Double.NEGATIVE_INFINITY, 1)).isEqualTo("-∞");
    assertThat(Numbers.of(Language.EN).fixed(-0.0, 1)).isEqualTo("0.0");
  }

  @Test
  void percent_perLanguage_oneDecimalAndNoBreakSpace() {
    assertThat(Numbers.of(Language.NL).percent(0.125)).isEqualTo("12,5\u00a0%");
    assertThat(Numbers.of(Language.FR).percent(0.0304)).isEqualTo("3,0\u00a0%");
    assertThat(Numbers.of(Language.EN).percent(1)).isEqualTo("100.0\u00a0%");
    assertThat(Numbers.of(Language.EN).percent(Double.NaN)).isEqualTo("n/a");
  }

  @Test
  void decimal_exactValue_keepsItsDigitsWithTheLanguagesSeparator() {
    assertThat(Numbers.of(Language.NL).decimal(new BigDecimal("35.85"))).isEqualTo("35,85");
    assertThat(Numbers.of(Language.FR).decimal(BigDecimal.valueOf(50085, 3))).isEqualTo("50,085");
    assertThat(Numbers.of(Language.EN).decimal(BigDecimal.valueOf(100000, 3).stripTrailingZeros())).isEqualTo("100");
    assertThat(Numbers.of(Language.NL).decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
  }

  @Test
  void plain_anyLanguage_alwaysAPoint() {
    assertThat(Numbers.plain(64.059, 3)).isEqualTo("64.059");
    assertThat(Numbers.plain(-0.04, 1)).isEqualTo("0.0");
    assertThat(Numbers.plain(123.45, 0)).isEqualTo("123");
  }

  @Test
  void plain_notFiniteOrBadDecimals_isRejected() {
    assertThatThrownBy(() -> Numbers.plain(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.plain(Double.POSITIVE_INFINITY, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.plain(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Numbers.of(Language.NL).fixed(1, 21)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fixed_underOtherDefaultLocales_givesTheSameText() {
    Locale saved = Locale.getDefault();
    try {
      String[] expected = texts();
      for (Locale locale : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-EG-u-nu-arab"), Locale.forLanguageTag("nl-BE"), Locale.FRANCE}) {
        Locale.setDefault(locale);
        assertThat(texts()).as("default locale %s", locale).containsExactly(expected);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  private static String[] texts() {
    return new String[] {Numbers.of(Language.NL).fixed(1234.5678, 2), Numbers.of(Language.FR).percent(0.5),
        Numbers.of(Language.EN).fixed(-1e-3, 4), Numbers.plain(3.14159, 3), Numbers.of(Language.NL).fixed(Double.NaN, 1)};
  }

  @Property(tries = 300)
  void fixed_dutchAndEnglish_differOnlyInTheSeparatorAndReadBackWithinHalfAUnit(
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double x, @ForAll @IntRange(min = 0, max = 8) int decimals) {
    String en = Numbers.of(Language.EN).fixed(x, decimals);
    String nl = Numbers.of(Language.NL).fixed(x, decimals);

    assertThat(nl).isEqualTo(en.replace('.', ','));
    assertThat(nl).doesNotContain(".");
    assertThat(en.indexOf('.') < 0 ? 0 : en.length() - en.indexOf('.') - 1).isEqualTo(decimals);
    BigDecimal error = new BigDecimal(en).subtract(new BigDecimal(x)).abs();
    assertThat(error).isLessThanOrEqualTo(BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2)));
  }
}
