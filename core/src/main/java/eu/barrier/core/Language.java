package eu.barrier.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A language of Barrier's texts: Dutch, French or English.
 *
 * <p>Each constant has a JSON name, returned by {@link #id()} and read by {@link #fromId(String)};
 * these names are the only mapping between the catalogue format and this enum.
 *
 * <p>This is the one way every Barrier module asks for a language: APIs take a {@code Language},
 * never a {@link Locale}. A host that holds a {@code Locale} (an {@code Accept-Language} header, a
 * user's setting) converts it with {@link #of(Locale)}; one that needs a {@code Locale} takes
 * {@link #locale()}. The language also owns how numbers read in it ({@link #decimal(BigDecimal)},
 * {@link #fixed(double, int)}), so that every module writes {@code 64,059} in Dutch and French and
 * {@code 64.059} in English, whatever the JVM's default locale. See {@code docs/localisation.md}.
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
   * Returns the language a locale asks for: Dutch for any {@code nl} locale ({@code nl-BE}, {@code
   * nl-NL}), French for any {@code fr} locale, English for every other. Only the locale's language
   * counts; the JVM's default locale never does.
   *
   * @param locale the locale, for example from an {@code Accept-Language} header
   * @return the language
   * @throws NullPointerException if {@code locale} is {@code null}
   */
  public static Language of(Locale locale) {
    String language = Objects.requireNonNull(locale, "locale").getLanguage();
    if ("nl".equals(language)) {
      return NL;
    }
    return "fr".equals(language) ? FR : EN;
  }

  /**
   * Returns the decimal separator of this language: a comma in Dutch and French, a point in
   * English.
   *
   * @return {@code ','} or {@code '.'}
   */
  public char decimalSeparator() {
    return this == EN ? '.' : ',';
  }

  /**
   * Writes an exact decimal with the digits it has, for a reader of this language: {@code
   * decimal(new BigDecimal("64.059"))} is {@code 64,059} in Dutch and French and {@code 64.059} in
   * English. Never in scientific notation and never with a grouping separator ({@code 20000}, which
   * no reader of the three languages misreads, where {@code 20.000} reads as twenty in English and
   * {@code 20,000} as twenty in Dutch). Minus is the ASCII hyphen-minus; zero has no sign.
   *
   * @param value the value
   * @return the text
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public String decimal(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    String plain = value.signum() == 0 ? value.abs().toPlainString() : value.toPlainString();
    return this == EN ? plain : plain.replace('.', decimalSeparator());
  }

  /**
   * Writes a finite number rounded half-even to a fixed number of decimals, every decimal kept, for
   * a reader of this language: {@code fixed(0.5, 3)} is {@code 0,500} in Dutch. Rounding works on
   * the exact binary value of the double, so the text is the same on every JVM.
   *
   * @param x the number, finite
   * @param decimals the number of decimals, 0 to 20
   * @return the text, as {@link #decimal(BigDecimal)} writes it
   * @throws IllegalArgumentException if {@code x} is not finite or {@code decimals} is out of range
   */
  public String fixed(double x, int decimals) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("only finite numbers have a fixed form");
    }
    if (decimals < 0 || decimals > 20) {
      throw new IllegalArgumentException("decimals must be between 0 and 20");
    }
    return decimal(new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN));
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
