package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** No number written for a Dutch or French reader uses the English decimal point, on any JVM. */
final class LanguageProperties {

  private static final Locale[] DEFAULTS = {
    Locale.forLanguageTag("nl-BE"), Locale.forLanguageTag("fr-BE"), Locale.forLanguageTag("tr-TR"), Locale.US
  };

  @Property(tries = 500)
  void fixed_dutchAndFrench_commaNeverPoint(
      @ForAll @DoubleRange(min = -1e12, max = 1e12) double x,
      @ForAll @IntRange(min = 0, max = 8) int decimals,
      @ForAll @IntRange(min = 0, max = 3) int defaultLocale) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(DEFAULTS[defaultLocale]);
      for (Language language : new Language[] {Language.NL, Language.FR}) {
        String text = language.fixed(x, decimals);
        assertThat(text).doesNotContain(".").matches(decimals == 0 ? "-?\\d+" : "-?\\d+,\\d{" + decimals + "}");
      }
      String english = Language.EN.fixed(x, decimals);
      assertThat(english).doesNotContain(",");
      assertThat(Language.NL.fixed(x, decimals)).isEqualTo(english.replace('.', ','));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Property(tries = 500)
  void decimal_dutchAndFrench_sameDigitsWithComma(
      @ForAll long unscaled, @ForAll @IntRange(min = -3, max = 12) int scale) {
    BigDecimal value = BigDecimal.valueOf(unscaled, scale);
    String english = Language.EN.decimal(value);
    assertThat(new BigDecimal(english)).isEqualByComparingTo(value);
    for (Language language : new Language[] {Language.NL, Language.FR}) {
      String text = language.decimal(value);
      assertThat(text).doesNotContain(".").doesNotContainPattern("[eE]");
      assertThat(new BigDecimal(text.replace(',', '.'))).isEqualByComparingTo(value);
    }
  }
}
