package eu.barrier.indicators.catalogue;

import eu.barrier.core.Language;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An immutable text in one or more of Barrier's languages (Dutch, French, English).
 *
 * <p>Catalogue texts are published reference material, not personal data, so {@link #toString()}
 * shows them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class LocalizedText {

  private final Map<Language, String> texts;

  private LocalizedText(Map<Language, String> texts) {
    this.texts = Collections.unmodifiableMap(texts);
  }

  /**
   * Creates a text from a map of languages to non-blank strings.
   *
   * @param texts at least one language; values must be non-blank
   * @return the text
   * @throws IllegalArgumentException if {@code texts} is empty or a value is blank
   * @throws NullPointerException if {@code texts}, a key or a value is {@code null}
   */
  public static LocalizedText of(Map<Language, String> texts) {
    Objects.requireNonNull(texts, "texts");
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    texts.forEach((language, text) -> {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException("a localized text is never blank");
      }
      copy.put(language, text);
    });
    return new LocalizedText(copy);
  }

  /**
   * Creates a text in all three languages.
   *
   * @param nl the Dutch text
   * @param fr the French text
   * @param en the English text
   * @return the text
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if a text is {@code null}
   */
  public static LocalizedText of(String nl, String fr, String en) {
    EnumMap<Language, String> map = new EnumMap<>(Language.class);
    map.put(Language.NL, Objects.requireNonNull(nl, "nl"));
    map.put(Language.FR, Objects.requireNonNull(fr, "fr"));
    map.put(Language.EN, Objects.requireNonNull(en, "en"));
    return of(map);
  }

  /**
   * Returns the text in the given language, if present.
   *
   * @param language the language
   * @return the text, or empty when this language is missing
   */
  public Optional<String> get(Language language) {
    return Optional.ofNullable(texts.get(Objects.requireNonNull(language, "language")));
  }

  /**
   * Returns the text in the given language, falling back to English, then Dutch, then French.
   *
   * @param language the preferred language
   * @return a text; never {@code null}
   */
  public String in(Language language) {
    String text = texts.get(Objects.requireNonNull(language, "language"));
    if (text != null) {
      return text;
    }
    for (Language fallback : new Language[] {Language.EN, Language.NL, Language.FR}) {
      text = texts.get(fallback);
      if (text != null) {
        return text;
      }
    }
    throw new IllegalStateException("a localized text always has a language");
  }

  /**
   * Returns the languages present.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<Language> languages() {
    return texts.keySet();
  }

  /**
   * Tells whether all three languages are present.
   *
   * @return {@code true} if nl, fr and en are present
   */
  public boolean isComplete() {
    return texts.size() == Language.values().length;
  }

  /**
   * Returns all texts by language.
   *
   * @return an unmodifiable map in the order nl, fr, en
   */
  public Map<Language, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText && ((LocalizedText) o).texts.equals(texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  @Override
  public String toString() {
    return "LocalizedText" + texts;
  }
}
