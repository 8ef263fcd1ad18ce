package eu.barrier.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.barrier.core.Language;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class TextBundleTest {

  private static TextBundle kit(Language language) {
    return TextBundle.load("report", language, HtmlPage.class::getResourceAsStream);
  }

  private static TextBundle sample(Language language) {
    return TextBundle.load("sample", language, TextBundleTest.class::getResourceAsStream);
  }

  @Test
  void load_kitBundles_holdTheSameKeysInEveryLanguage() {
    assertThat(kit(Language.NL).keys()).isNotEmpty().isEqualTo(kit(Language.FR).keys()).isEqualTo(kit(Language.EN).keys());
  }

  @Test
  void get_eachLanguage_readsItsOwnFileInUtf8() {
    assertThat(sample(Language.NL).get("greeting")).isEqualTo("Dag, ’t is één uur");
    assertThat(sample(Language.FR).get("greeting")).isEqualTo("Bonjour, il est déjà l'heure");
    assertThat(sample(Language.EN).get("greeting")).isEqualTo("Hello");
    assertThat(kit(Language.FR).format("page.generatedBy", "barrier 1")).isEqualTo("Généré par barrier 1");
  }

  @Test
  void load_underAnotherDefaultLocale_neverFallsBackToIt() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(sample(Language.EN).get("greeting")).isEqualTo("Hello");
      Locale.setDefault(Locale.GERMANY);
      assertThat(sample(Language.FR).get("greeting")).startsWith("Bonjour");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void format_placeholders_replacedAsGivenAndApostrophesKept() {
    assertThat(sample(Language.FR).format("count", "3", "l'établissement")).isEqualTo("3 × l'établissement {2} {x} {");
    assertThat(sample(Language.EN).format("count", "{1}", "$0")).isEqualTo("{1} of $0 {2} {x} {");
  }

  @Test
  void get_unknownKey_isRejectedWithTheKey() {
    assertThatThrownBy(() -> sample(Language.NL).get("nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample_nl").hasMessageContaining("nope");
  }

  @Test
  void load_missingFile_isRejected() {
    assertThatThrownBy(() -> TextBundle.load("absent", Language.NL, TextBundleTest.class::getResourceAsStream))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absent_nl.properties");
  }
}
