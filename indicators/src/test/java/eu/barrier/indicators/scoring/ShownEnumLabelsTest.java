package eu.barrier.indicators.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.indicators.catalogue.Category;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every outcome, ILO dimension and barrier a person reads has its own label in nl, fr and en. */
final class ShownEnumLabelsTest {

  @Test
  void everyCategory_labelInEveryLanguage_distinctWithinALanguage() {
    for (Language language : Language.values()) {
      Set<String> seen = new HashSet<>();
      for (Category category : Category.values()) {
        String label = category.label(language);
        assertThat(label).as("%s in %s", category, language).isNotBlank();
        if (category.isIloDimension()) {
          assertThat(label).as("a dimension's label is words, not its code").isNotEqualTo(category.id());
        }
        assertThat(seen.add(label)).as("%s in %s is another category's label", category, language).isTrue();
      }
    }
    assertThat(Category.HOUSING.label(Language.NL)).isEqualTo("huisvesting");
    assertThat(Category.ENTRY_IDENTITY.label(Language.FR)).isEqualTo("entrée et identité");
  }

  @Test
  void everyOutcome_labelInEveryLanguage_distinctWithinALanguage() {
    for (Language language : Language.values()) {
      Set<String> seen = new HashSet<>();
      for (Outcome outcome : Outcome.values()) {
        String label = outcome.label(language);
        assertThat(label).as("%s in %s", outcome, language).isNotBlank();
        assertThat(seen.add(label)).as("%s in %s is another outcome's label", outcome, language).isTrue();
      }
    }
  }

  @Test
  void dutchAndFrenchLabels_translated_notTheEnglishText() {
    int dutchDiffers = 0;
    for (Category category : Category.values()) {
      if (!category.label(Language.NL).equals(category.label(Language.EN))) {
        dutchDiffers++;
      }
    }
    for (Outcome outcome : Outcome.values()) {
      if (!outcome.label(Language.NL).equals(outcome.label(Language.EN))) {
        dutchDiffers++;
      }
    }
    // every Dutch label differs from the English one; French shares a few words ("transport")
    assertThat(dutchDiffers).isEqualTo(Category.values().length + Outcome.values().length);
  }
}
