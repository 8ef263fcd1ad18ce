package eu.barrier.cli.screen;

import eu.barrier.indicators.catalogue.Category;
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
   * Returns the name of a barrier of the barrier model.
   *
   * @param category the barrier
   * @param language the language
   * @return the name, or the category id for an ILO dimension
   */
  public static String barrier(Category category, Language language) {
    switch (category) {
      case RECRUITMENT:
        return pick(language, "werving", "recrutement", "recruitment");
      case ENTRY_IDENTITY:
        return pick(language, "toegang en identiteit", "entrée et identité", "entry and identity");
      case RESIDENCE_STATUS:
        return pick(language, "verblijfsstatus", "statut de séjour", "residence status");
      case HOUSING:
        return pick(language, "huisvesting", "logement", "housing");
      case WORK:
        return pick(language, "werk", "travail", "work");
      case FINANCES:
        return pick(language, "financiën", "finances", "finances");
      case TRANSPORT:
        return pick(language, "vervoer", "transport", "transport");
      default:
        return category.id();
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
