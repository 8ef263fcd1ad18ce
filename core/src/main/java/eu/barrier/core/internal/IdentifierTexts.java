package eu.barrier.core.internal;

import eu.barrier.core.ErrorCode;
import eu.barrier.core.Language;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The texts of identifier problems in Dutch, French and English, from {@code
 * IdentifierMessages.properties} (English), {@code IdentifierMessages_nl.properties} and {@code
 * IdentifierMessages_fr.properties} next to this class. Read as {@link Labels} reads its files: the
 * choice depends only on the requested {@link Language}, never on the JVM's default locale. The
 * texts hold the scheme's numbers and digits ({@code {0}}, {@code {1}}), never input.
 */
public final class IdentifierTexts {

  private static final Map<Language, Properties> TABLES = Map.of(
      Language.EN, Labels.load("IdentifierMessages.properties"),
      Language.NL, Labels.load("IdentifierMessages_nl.properties"),
      Language.FR, Labels.load("IdentifierMessages_fr.properties"));

  private IdentifierTexts() {}

  /**
   * Returns the rule text of an identifier code in a language.
   *
   * @param code an identifier code ({@code BARRIER-CORE-00xx})
   * @param language the language
   * @return the text
   * @throws IllegalStateException if the code has no text (a packaging bug)
   */
  public static String rule(ErrorCode code, Language language) {
    return text(code.code(), language);
  }

  /**
   * Returns a text of the table with {@code {0}}, {@code {1}}, … replaced by the arguments.
   *
   * @param key the key
   * @param language the language
   * @param arguments numbers or digits of a scheme, never input
   * @return the text
   * @throws IllegalStateException if the key has no text (a packaging bug)
   */
  public static String text(String key, Language language, Object... arguments) {
    String text = TABLES.get(Objects.requireNonNull(language, "language")).getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no identifier message for key " + key);
    }
    for (int i = 0; i < arguments.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return text;
  }

  /**
   * Returns the raw table of one language; for tests.
   *
   * @param language the language
   * @return the table
   */
  static Properties table(Language language) {
    return TABLES.get(language);
  }
}
