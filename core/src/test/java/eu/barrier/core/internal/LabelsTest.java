package eu.barrier.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.SubjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

final class LabelsTest {

  /** Every labelled enum with its label method; a new enum with labels must be added here. */
  static final List<Enum<?>> CONSTANTS = new ArrayList<>();
  static final List<BiFunction<Enum<?>, Locale, String>> LABEL = new ArrayList<>();

  static {
    CONSTANTS.addAll(List.of(Agency.values()));
    CONSTANTS.addAll(List.of(Sector.values()));
    CONSTANTS.addAll(List.of(SubjectKind.values()));
    CONSTANTS.addAll(List.of(GradingScheme.values()));
  }

  static String label(Enum<?> constant, Locale locale) {
    if (constant instanceof Agency a) {
      return a.label(locale);
    } else if (constant instanceof Sector s) {
      return s.label(locale);
    } else if (constant instanceof SubjectKind k) {
      return k.label(locale);
    } else {
      return ((GradingScheme) constant).label(locale);
    }
  }

  @Test
  void everyConstant_hasOwnLabelInEveryLanguage() {
    for (String language : new String[] {"en", "nl", "fr"}) {
      Properties table = Labels.table(language);
      for (Enum<?> constant : CONSTANTS) {
        String key = Labels.key(constant);
        assertThat(table.getProperty(key)).as("%s in %s", key, language).isNotBlank();
      }
    }
  }

  @Test
  void tables_haveNoKeysForUnknownConstants() {
    List<String> keys = CONSTANTS.stream().map(Labels::key).toList();
    for (String language : new String[] {"en", "nl", "fr"}) {
      assertThat(Labels.table(language).stringPropertyNames())
          .as(language)
          .containsExactlyInAnyOrderElementsOf(keys);
    }
  }

  @Test
  void label_dutchFrenchEnglish_fromTheirTables() {
    assertThat(Agency.LOCAL_POLICE.label(Locale.ENGLISH)).isEqualTo("Local police");
    assertThat(Agency.LOCAL_POLICE.label(new Locale("nl", "BE"))).isEqualTo("Lokale politie");
    assertThat(Agency.LOCAL_POLICE.label(Locale.FRENCH)).isEqualTo("Police locale");
    assertThat(Sector.NIGHT_SHOP.label(new Locale("nl"))).isEqualTo("Nachtwinkel");
    assertThat(SubjectKind.ESTABLISHMENT.label(Locale.FRANCE)).isEqualTo("\u00c9tablissement");
    assertThat(GradingScheme.EUROPOL_4X4.label(Locale.ENGLISH)).isEqualTo("Europol 4x4");
  }

  @Test
  void label_otherLanguage_englishWhateverTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRENCH);
      assertThat(Sector.CLEANING.label(Locale.GERMAN)).isEqualTo("Cleaning");
      assertThat(Sector.CLEANING.label(Locale.ENGLISH)).isEqualTo("Cleaning");
      assertThat(Sector.CLEANING.label(Locale.ROOT)).isEqualTo("Cleaning");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void everyConstant_labelMethodAnswersInAllLanguages() {
    for (Enum<?> constant : CONSTANTS) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, new Locale("nl"), Locale.FRENCH}) {
        assertThat(label(constant, locale)).as("%s %s", constant, locale).isNotBlank();
      }
    }
  }

  @Test
  void files_areAscii() throws IOException {
    for (String name : new String[] {"Labels.properties", "Labels_nl.properties",
        "Labels_fr.properties"}) {
      try (InputStream in = Labels.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        for (byte b : in.readAllBytes()) {
          assertThat(b & 0xFF).as(name).isLessThan(0x80);
        }
      }
    }
  }
}
