package eu.barrier.core.internal;

import eu.barrier.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The one label mechanism for the model's enums: Dutch, French and English display labels from
 * {@code Labels.properties} (English, the default), {@code Labels_nl.properties} and
 * {@code Labels_fr.properties} next to this class. Keys are {@code SimpleEnumName.CONSTANT}.
 *
 * <p>Deliberately not {@link java.util.ResourceBundle}: its fallback to the JVM default locale
 * would answer an English request in French on a French-configured server. Here the choice
 * depends only on the requested {@link Language}. A key missing from a translation falls back to
 * English; a key missing from English is a bug ({@link IllegalStateException}).
 */
public final class Labels {

  /** The languages with their own label file, besides English. */
  static final String[] TRANSLATED = {"nl", "fr"};

  private static final Properties ENGLISH = load("Labels.properties");
  private static final Map<String, Properties> TRANSLATIONS =
      Map.of("nl", load("Labels_nl.properties"), "fr", load("Labels_fr.properties"));

  private Labels() {}

  /**
   * Returns the label of an enum constant in a language.
   *
   * @param constant the enum constant
   * @param language the language
   * @return the label, never {@code null}
   * @throws IllegalStateException if the constant has no English label (a packaging bug)
   */
  public static String label(Enum<?> constant, Language language) {
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(language, "language");
    String key = key(constant);
    Properties translation = TRANSLATIONS.get(language.id());
    String label = translation == null ? null : translation.getProperty(key);
    if (label == null) {
      label = ENGLISH.getProperty(key);
    }
    if (label == null) {
      throw new IllegalStateException("no label for key " + key);
    }
    return label;
  }

  /**
   * Returns the label key of a constant, {@code SimpleEnumName.CONSTANT}.
   *
   * @param constant the enum constant
   * @return the key
   */
  static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  /**
   * Returns the raw label table of one language, without fallback; for tests.
   *
   * @param language {@code en}, {@code nl} or {@code fr}
   * @return the table, or {@code null} for another language
   */
  static Properties table(String language) {
    return "en".equals(language) ? ENGLISH : TRANSLATIONS.get(language);
  }

  static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      properties.load(in); // ISO-8859-1 with \\u escapes, the files are ASCII
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return properties;
  }
}
