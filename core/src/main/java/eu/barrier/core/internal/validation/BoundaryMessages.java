package eu.barrier.core.internal.validation;

import eu.barrier.core.ErrorCode;
import eu.barrier.core.Language;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Messages for the boundary's own codes, in English, Dutch and French. */
public final class BoundaryMessages {

  private static final String BUNDLE = "eu.barrier.core.internal.validation.BoundaryMessages";

  private BoundaryMessages() {}

  /**
   * Returns the message for a code, or the fallback code's message if the code has none.
   *
   * @param code the code
   * @param fallback the code to use if {@code code} has no message
   * @param language the language
   * @return the message
   */
  public static String message(ErrorCode code, ErrorCode fallback, Language language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale()); // each language has its own file, _en too
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
