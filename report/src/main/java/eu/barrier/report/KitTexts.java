package eu.barrier.report;

import eu.barrier.core.Language;
import java.util.EnumMap;
import java.util.Map;

/** The kit's own texts ({@code report_nl|fr|en.properties}), read once per language. */
final class KitTexts {

  private static final Map<Language, TextBundle> TEXTS = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      TEXTS.put(language, TextBundle.load("report", language, KitTexts.class::getResourceAsStream));
    }
  }

  private KitTexts() {}

  static TextBundle of(Language language) {
    return TEXTS.get(language);
  }
}
