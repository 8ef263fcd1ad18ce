package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class LocalizedTextTest {

  @Test
  void in_missingLanguage_fallsBackToEnglishThenDutch() {
    LocalizedText english = LocalizedText.of(Map.of(Language.EN, "door", Language.NL, "deur"));
    LocalizedText dutch = LocalizedText.of(Map.of(Language.NL, "deur"));

    assertThat(english.in(Language.FR)).isEqualTo("door");
    assertThat(english.in(Language.NL)).isEqualTo("deur");
    assertThat(dutch.in(Language.FR)).isEqualTo("deur");
    assertThat(dutch.get(Language.FR)).isEmpty();
    assertThat(dutch.isComplete()).isFalse();
  }

  @Test
  void of_threeLanguages_isCompleteAndOrdered() {
    LocalizedText text = LocalizedText.of("deur", "porte", "door");

    assertThat(text.isComplete()).isTrue();
    assertThat(text.languages()).containsExactly(Language.NL, Language.FR, Language.EN);
    assertThat(text).isEqualTo(LocalizedText.of(Map.of(Language.FR, "porte", Language.EN, "door", Language.NL, "deur")))
        .hasSameHashCodeAs(LocalizedText.of("deur", "porte", "door"));
  }

  @Test
  void of_emptyOrBlank_throws() {
    assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalizedText.of("deur", " ", "door")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LocalizedText.of(null, "porte", "door")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void asMap_isUnmodifiable() {
    LocalizedText text = LocalizedText.of("deur", "porte", "door");

    assertThatThrownBy(() -> text.asMap().put(Language.EN, "x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
