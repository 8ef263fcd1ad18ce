package eu.barrier.screening;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.Language;
import eu.barrier.core.establishment.Sector;
import eu.barrier.core.observation.Agency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The screening report reads as its language writes, and never as the JVM's default locale does. */
final class ScreeningReportLocaleTest {

  private static ScreeningResult result() {
    return Screening.builder().build().screenAll(List.of(
        new ObservedEstablishment(Fixtures.ref(Fixtures.beKey(1)), Sector.CARWASH, List.of(
            Fixtures.seen(Fixtures.beKey(1), "ADM-07", Fixtures.AS_OF.minusDays(100), Agency.PERMIT_DESK),
            Fixtures.seen(Fixtures.beKey(1), "ADM-08", Fixtures.AS_OF.minusDays(230), Agency.LOCAL_POLICE))),
        Fixtures.establishment(Fixtures.beKey(2), Sector.NIGHT_SHOP, "ADM-07"),
        Fixtures.establishment(Fixtures.beKey(3), Sector.MASSAGE)), Fixtures.AS_OF);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl-BE", "fr-BE", "tr-TR"})
  void html_sameBytesWhateverTheDefaultLocale(String tag) {
    ScreeningResult result = result();
    String[] before = new String[3];
    for (Language language : Language.values()) {
      before[language.ordinal()] = ScreeningReport.html(result, language, "test");
    }
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      for (Language language : Language.values()) {
        assertThat(ScreeningReport.html(result(), language, "test")).as(language.id())
            .isEqualTo(before[language.ordinal()]);
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"nl", "fr"})
  void html_dutchAndFrench_sectorLabelsAndNoScoreWithAPoint(String id) {
    Language language = Language.fromId(id);
    String html = ScreeningReport.html(result(), language, "test");

    assertThat(html).contains(Sector.CARWASH.label(language)).contains(Sector.NIGHT_SHOP.label(language));
    // the score that set the level is written "(12,5)" in Dutch and French, never "(12.5)"
    assertThat(html).doesNotContainPattern("\\(\\d+\\.\\d+\\)").containsPattern("\\(\\d+,\\d+\\)");
    assertThat(ScreeningReport.html(result(), Language.EN, "test")).containsPattern("\\(\\d+\\.\\d+\\)");
  }
}
