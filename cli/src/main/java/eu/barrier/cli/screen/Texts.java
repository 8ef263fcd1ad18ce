package eu.barrier.cli.screen;

import eu.barrier.core.Language;

/** The few words of the screening outputs in Dutch, French and English. */
public final class Texts {

  private Texts() {}

  /**
   * Picks the text of a language.
   *
   * @param language the language
   * @param nl the Dutch text
   * @param fr the French text
   * @param en the English text
   * @return the text
   */
  public static String pick(Language language, String nl, String fr, String en) {
    switch (language) {
      case NL:
        return nl;
      case FR:
        return fr;
      default:
        return en;
    }
  }

  /**
   * Returns the notice that a score is a signal for review.
   *
   * @param language the language
   * @return the notice
   */
  public static String notice(Language language) {
    return pick(language, "Signalen ter beoordeling door een opgeleide medewerker, nooit beslissingen.",
        "Signaux à examiner par une personne formée, jamais des décisions.", eu.barrier.screening.ScreeningResult.NOTICE);
  }
}
