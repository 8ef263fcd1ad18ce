package eu.barrier.cli.screen;

import eu.barrier.core.Language;
import eu.barrier.screening.ScreeningResult;

/** The notice of the screening outputs in Dutch, French and English. */
public final class Texts {

  private Texts() {}

  /**
   * Returns the notice that a score is a signal for review.
   *
   * @param language the language
   * @return the notice
   */
  public static String notice(Language language) {
    return language.pick("Signalen ter beoordeling door een opgeleide medewerker, nooit beslissingen.",
        "Signaux à examiner par une personne formée, jamais des décisions.", ScreeningResult.NOTICE);
  }
}
