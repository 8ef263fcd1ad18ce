package eu.barrier.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class IdentifierTextsTest {

  @Test
  void tables_sameKeysInDutchFrenchEnglish() {
    for (Language language : Language.values()) {
      assertThat(IdentifierTexts.table(language).stringPropertyNames()).as(language.id())
          .containsExactlyInAnyOrderElementsOf(IdentifierTexts.table(Language.EN).stringPropertyNames());
    }
  }

  @Test
  void everyIdentifierCode_hasTextsAndEnglishIsTheEnumsRule() {
    CoreError[] identifierCodes = Arrays.stream(CoreError.values())
        .filter(e -> e.code().startsWith("BARRIER-CORE-00")).toArray(CoreError[]::new);
    assertThat(identifierCodes).hasSize(9);
    for (CoreError code : identifierCodes) {
      assertThat(IdentifierTexts.rule(code, Language.EN)).isEqualTo(code.rule());
      assertThat(IdentifierTexts.rule(code, Language.NL)).isNotBlank().isNotEqualTo(code.rule());
      assertThat(IdentifierTexts.rule(code, Language.FR)).isNotBlank().isNotEqualTo(code.rule());
    }
  }

  @Test
  void everyCheckRule_hasItsText() {
    for (CheckRule rule : CheckRule.values()) {
      if (rule != CheckRule.NONE) {
        for (Language language : Language.values()) {
          assertThat(IdentifierTexts.text("check." + rule.name(), language)).isNotBlank();
        }
      }
    }
  }
}
