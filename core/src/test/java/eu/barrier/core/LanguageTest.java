package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LanguageTest {

  @Test
  void of_dutchAndFrenchLocales_anyCountry() {
    assertThat(Language.of(Locale.forLanguageTag("nl-BE"))).isEqualTo(Language.NL);
    assertThat(Language.of(Locale.forLanguageTag("nl-NL"))).isEqualTo(Language.NL);
    assertThat(Language.of(Locale.forLanguageTag("nl"))).isEqualTo(Language.NL);
    assertThat(Language.of(Locale.forLanguageTag("fr-BE"))).isEqualTo(Language.FR);
    assertThat(Language.of(Locale.FRANCE)).isEqualTo(Language.FR);
    assertThat(Language.of(Locale.ENGLISH)).isEqualTo(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"de-BE", "tr-TR", "und", "en-GB", "wa"})
  void of_otherLocale_english(String tag) {
    assertThat(Language.of(Locale.forLanguageTag(tag))).isEqualTo(Language.EN);
  }

  @Test
  void of_roundTripsWithLocale() {
    for (Language language : Language.values()) {
      assertThat(Language.of(language.locale())).isEqualTo(language);
    }
  }

  @Test
  void of_null_throwsNpe() {
    assertThatThrownBy(() -> Language.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void decimal_score_commaInDutchAndFrench() {
    BigDecimal score = new BigDecimal("64.059");
    assertThat(Language.NL.decimal(score)).isEqualTo("64,059");
    assertThat(Language.FR.decimal(score)).isEqualTo("64,059");
    assertThat(Language.EN.decimal(score)).isEqualTo("64.059");
  }

  @Test
  void decimal_largeAndNegative_noGroupingAndAsciiMinus() {
    assertThat(Language.NL.decimal(new BigDecimal("20000.5"))).isEqualTo("20000,5");
    assertThat(Language.FR.decimal(new BigDecimal("-1234567.25"))).isEqualTo("-1234567,25");
    assertThat(Language.EN.decimal(new BigDecimal("1E+3"))).isEqualTo("1000");
    assertThat(Language.NL.decimal(new BigDecimal("-0.000"))).isEqualTo("0,000");
  }

  @Test
  void fixed_roundsHalfEvenOnTheExactValue() {
    assertThat(Language.NL.fixed(0.5, 3)).isEqualTo("0,500");
    assertThat(Language.FR.fixed(64.0585, 1)).isEqualTo("64,1");
    assertThat(Language.EN.fixed(2.5, 0)).isEqualTo("2");
    assertThat(Language.NL.fixed(-0.0, 1)).isEqualTo("0,0");
  }

  @Test
  void fixed_notFiniteOrBadDecimals_throwIae() {
    assertThatThrownBy(() -> Language.NL.fixed(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Language.NL.fixed(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Language.NL.fixed(1, 21)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Language.NL.fixed(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tr-TR", "nl-BE", "fr-BE", "ar-EG", "hi-IN"})
  void formatting_independentOfTheDefaultLocale(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      assertThat(Language.EN.fixed(1234.5, 2)).isEqualTo("1234.50");
      assertThat(Language.NL.fixed(1234.5, 2)).isEqualTo("1234,50");
      assertThat(Language.FR.decimal(new BigDecimal("64.059"))).isEqualTo("64,059");
      assertThat(Language.of(Locale.forLanguageTag("NL-be"))).isEqualTo(Language.NL);
      assertThat(Language.fromId("nl")).isEqualTo(Language.NL);
    } finally {
      Locale.setDefault(saved);
    }
  }
}
