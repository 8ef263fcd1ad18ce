package eu.barrier.report;

import eu.barrier.core.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The texts of a report in one language, read from a properties file per language: {@code
 * NAME_nl.properties}, {@code NAME_fr.properties} and {@code NAME_en.properties}, in UTF-8.
 *
 * <p>Unlike {@link java.util.ResourceBundle}, a bundle never falls back to the JVM's default
 * locale or to another language: a missing file or key is an error, so a test that loads every
 * language (see {@link #keys()}) proves that the three files hold the same keys. The caller opens
 * the files, so that they can stay in the caller's own, encapsulated package:
 *
 * <pre>{@code
 * TextBundle texts = TextBundle.load("my-report", Language.NL, MyReport.class::getResourceAsStream);
 * String title = texts.format("title", Numbers.of(Language.NL).fixed(score, 2));
 * }</pre>
 *
 * <p>Texts are plain text: escape them with {@link Html#escape(String)} before they go into a
 * page. Placeholders are {@code {0}}, {@code {1}}, ...; unlike {@link java.text.MessageFormat},
 * nothing is formatted by locale and apostrophes are ordinary characters ({@code l'établissement}).
 * Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class TextBundle {

  private final String name;
  private final Language language;
  private final Map<String, String> texts;

  private TextBundle(String name, Language language, Map<String, String> texts) {
    this.name = name;
    this.language = language;
    this.texts = texts;
  }

  /**
   * Reads the bundle of a language.
   *
   * @param name the base name of the files, for example {@code my-report} for {@code
   *     my-report_nl.properties}; resolved by {@code resources}, so a name without a leading
   *     {@code /} is relative to the package of the class whose {@code getResourceAsStream} is
   *     given
   * @param language the language
   * @param resources opens a resource by name, or returns {@code null} if there is none; usually
   *     {@code SomeClass.class::getResourceAsStream} of a class next to the files
   * @return the bundle
   * @throws IllegalArgumentException if the file is missing or is not a properties file
   * @throws UncheckedIOException if it cannot be read
   * @throws NullPointerException if an argument is {@code null}
   */
  public static TextBundle load(String name, Language language, Function<String, InputStream> resources) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(resources, "resources");
    String file = name + "_" + language.id() + ".properties";
    Properties properties = new Properties();
    try (InputStream in = resources.apply(file)) {
      if (in == null) {
        throw new IllegalArgumentException("text bundle file " + file + " is missing");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("text bundle file " + file + " cannot be read", e);
    }
    Map<String, String> texts = new TreeMap<>();
    for (String key : properties.stringPropertyNames()) {
      texts.put(key, properties.getProperty(key));
    }
    return new TextBundle(name, language, Collections.unmodifiableMap(texts));
  }

  /**
   * Returns the language of the texts.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns every key, sorted.
   *
   * @return an unmodifiable sorted set
   */
  public SortedSet<String> keys() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(texts.keySet()));
  }

  /**
   * Returns a text.
   *
   * @param key the key
   * @return the text, unescaped
   * @throws IllegalArgumentException if the bundle has no such key
   * @throws NullPointerException if {@code key} is {@code null}
   */
  public String get(String key) {
    String text = texts.get(Objects.requireNonNull(key, "key"));
    if (text == null) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "text bundle %s_%s has no key %s", name,
          language.id(), key));
    }
    return text;
  }

  /**
   * Returns a text with its placeholders {@code {0}}, {@code {1}}, ... replaced by the arguments,
   * as given. Braces that do not enclose the index of an argument are kept.
   *
   * @param key the key
   * @param arguments the replacements, already formatted (numbers with {@link Numbers})
   * @return the text, unescaped
   * @throws IllegalArgumentException if the bundle has no such key
   * @throws NullPointerException if {@code key} or an argument is {@code null}
   */
  public String format(String key, String... arguments) {
    String text = get(key);
    for (String argument : arguments) {
      Objects.requireNonNull(argument, "argument");
    }
    StringBuilder sb = new StringBuilder(text.length() + 32);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int close = c == '{' ? text.indexOf('}', i + 1) : -1;
      int index = close > i + 1 && close - i <= 3 ? index(text.substring(i + 1, close)) : -1;
      if (index >= 0 && index < arguments.length) {
        sb.append(arguments[index]);
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  private static int index(String digits) {
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(digits);
  }

  /**
   * Returns the name, language and size only.
   *
   * @return for example {@code TextBundle[report_nl, 2 texts]}
   */
  @Override
  public String toString() {
    return "TextBundle[" + name + "_" + language.id() + ", " + texts.size() + " texts]";
  }
}
