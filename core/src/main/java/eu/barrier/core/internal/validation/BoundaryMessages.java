package eu.barrier.core.internal.validation;

import eu.barrier.core.ErrorCode;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages for the boundary's own codes, in English, Dutch and French. */
public final class BoundaryMessages {

  private static final String BUNDLE = "eu.barrier.core.internal.validation.BoundaryMessages";

  private static final Locale DUTCH = Locale.forLanguageTag("nl");
  private static final Locale FRENCH = Locale.FRENCH;

  private BoundaryMessages() {}

  /**
   * Maps any locale to the supported language it asks for: Dutch, French, or otherwise English.
   *
   * @param locale the requested locale
   * @return {@code nl}, {@code fr} or {@code en}
   */
  public static Locale supported(Locale locale) {
    String language = locale.getLanguage();
    if ("nl".equals(language)) {
      return DUTCH;
    }
    if ("fr".equals(language)) {
      return FRENCH;
    }
    return Locale.ENGLISH;
  }

  /**
   * Returns the message for a code, or the fallback code's message if the code has none.
   *
   * @param code the code
   * @param fallback the code to use if {@code code} has no message
   * @param locale a supported locale
   * @return the message
   */
  public static String message(ErrorCode code, ErrorCode fallback, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale));
    try {
      return bundle.getString(code.code());
    } catch (MissingResourceException e) {
      try {
        return bundle.getString(fallback.code());
      } catch (MissingResourceException e2) {
        return fallback.rule();
      }
    }
  }
}
