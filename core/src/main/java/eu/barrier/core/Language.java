package eu.barrier.core;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A language of Barrier's texts: Dutch, French or English.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum Language {
  /** Dutch. */
  NL("nl"),
  /** French. */
  FR("fr"),
  /** English. */
  EN("en");

  private final String id;

  Language(String id) {
    this.id = id;
  }

  /**
   * Picks the text in this language out of three; the one place where a text is chosen by language
   * in code (longer texts live in resource files).
   *
   * @param nl the Dutch text
   * @param fr the French text
   * @param en the English text
   * @return the text in this language
   */
  public String pick(String nl, String fr, String en) {
    switch (this) {
      case NL:
        return nl;
      case FR:
        return fr;
      default:
        return en;
    }
  }

  /**
   * Returns the locale of this language, without a country.
   *
   * @return for example {@code Locale.forLanguageTag("nl")}
   */
  public Locale locale() {
    return Locale.forLanguageTag(id);
  }

  /**
   * Returns the name used in catalogue documents, for example {@code "nl"}.
   *
   * @return the JSON name; never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the constant with the given JSON name.
   *
   * @param id the JSON name, case-sensitive
   * @return the constant
   * @throws IllegalArgumentException if no constant has that name
   * @throws NullPointerException if {@code id} is {@code null}
   */
  public static Language fromId(String id) {
    Objects.requireNonNull(id, "id");
    for (Language value : values()) {
      if (value.id.equals(id)) {
        return value;
      }
    }
    throw new IllegalArgumentException(String.format(Locale.ROOT, "unknown Language name (%d characters)", id.length()));
  }
}
