package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.report.TextBundle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class TextsTest {

  @Test
  void modelCard_everyLanguage_hasTheSameKeys() {
    TextBundle en = TextBundle.load("model-card", Language.EN, ModelCard.class::getResourceAsStream);
    for (Language language : Language.values()) {
      assertThat(TextBundle.load("model-card", language, ModelCard.class::getResourceAsStream).keys())
          .as(language.id()).isEqualTo(en.keys());
    }
  }

  /**
   * A proxy for plain language (B1), not a proof: no sentence of the Dutch register and prefill
   * texts runs over 25 words.
   */
  @Test
  void dutchTexts_everySentence_atMost25Words() {
    List<String> long_ = new ArrayList<>();
    for (String bundle : List.of("register", "prefill")) {
      TextBundle t = TextBundle.load(bundle, Language.NL, RegisterRecord.class::getResourceAsStream);
      for (String key : t.keys()) {
        for (String sentence : t.get(key).split("(?<=[.:;?!])\\s+|\\n+")) {
          if (sentence.strip().split("\\s+").length > 25) {
            long_.add(bundle + ":" + key + ": " + sentence);
          }
        }
      }
    }
    assertThat(long_).isEmpty();
  }
}
