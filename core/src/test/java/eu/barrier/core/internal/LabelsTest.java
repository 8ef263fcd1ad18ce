package eu.barrier.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.id.IdentifierType;
import eu.barrier.core.observation.Agency;
import eu.barrier.core.observation.GradingScheme;
import eu.barrier.core.observation.SubjectKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

final class LabelsTest {

  /** Every labelled enum with its label method; a new enum with labels must be added here. */
  static final List<Enum<?>> CONSTANTS = new ArrayList<>();

  static {
    CONSTANTS.addAll(List.of(Agency.values()));
    CONSTANTS.addAll(List.of(Sector.values()));
    CONSTANTS.addAll(List.of(SubjectKind.values()));
    CONSTANTS.addAll(List.of(GradingScheme.values()));
    CONSTANTS.addAll(List.of(IdentifierType.values()));
  }

  static String label(Enum<?> constant, Language language) {
    if (constant instanceof Agency a) {
      return a.label(language);
    } else if (constant instanceof Sector s) {
      return s.label(language);
    } else if (constant instanceof SubjectKind k) {
      return k.label(language);
    } else if (constant instanceof IdentifierType t) {
      return t.label(language);
    } else {
      return ((GradingScheme) constant).label(language);
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
    assertThat(Agency.LOCAL_POLICE.label(Language.EN)).isEqualTo("Local police");
    assertThat(Agency.LOCAL_POLICE.label(Language.NL)).isEqualTo("Lokale politie");
    assertThat(Agency.LOCAL_POLICE.label(Language.FR)).isEqualTo("Police locale");
    assertThat(Sector.NIGHT_SHOP.label(Language.NL)).isEqualTo("Nachtwinkel");
    assertThat(SubjectKind.ESTABLISHMENT.label(Language.FR)).isEqualTo("\u00c9tablissement");
    assertThat(GradingScheme.EUROPOL_4X4.label(Language.EN)).isEqualTo("Europol 4x4");
  }

  @Test
  @SuppressWarnings("deprecation") // the Locale adapters kept for existing callers
  void deprecatedLocaleLabel_sameAsLanguageOfTheLocale() {
    assertThat(Agency.LOCAL_POLICE.label(new Locale("nl", "BE"))).isEqualTo("Lokale politie");
    assertThat(SubjectKind.ESTABLISHMENT.label(Locale.FRANCE)).isEqualTo("\u00c9tablissement");
    assertThat(GradingScheme.EUROPOL_4X4.label(Locale.ENGLISH)).isEqualTo("Europol 4x4");
    assertThat(Sector.NIGHT_SHOP.label(new Locale("nl"))).isEqualTo("Nachtwinkel");
  }

  @Test
  @SuppressWarnings("deprecation") // the Locale adapters kept for existing callers
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
      for (Language language : Language.values()) {
        assertThat(label(constant, language)).as("%s %s", constant, language).isNotBlank();
      }
    }
  }

  @Test
  void files_areAscii() throws IOException {
    for (String name : new String[] {"Labels.properties", "Labels_nl.properties",
        "Labels_fr.properties", "IdentifierMessages.properties", "IdentifierMessages_nl.properties",
        "IdentifierMessages_fr.properties"}) {
      try (InputStream in = Labels.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        for (byte b : in.readAllBytes()) {
          assertThat(b & 0xFF).as(name).isLessThan(0x80);
        }
      }
    }
  }
}
