package eu.barrier.report;

import eu.barrier.core.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Number formatting that a reader of the page's language cannot misread, and that gives the same
 * text on every JVM.
 *
 * <p>A Dutch official read {@code 64.059} as sixty-four thousand: in Dutch and French the comma is
 * the decimal separator and the point groups thousands. So figures for people are written with the
 * language's decimal separator ({@link #fixed(double, int) fixed}: {@code 64,059} in Dutch and
 * French, {@code 64.059} in English) and never with a grouping separator ({@code 20000}, never
 * {@code 20.000} or {@code 20,000}, which readers of the other languages would read as twenty).
 * Machine-read numbers (SVG coordinates, JSON) use {@link #plain(double, int)}, always with a
 * point.
 *
 * <p>Deterministic: rounding is half-even on the exact binary value of the double ({@code new
 * BigDecimal(double)}, not {@code Double.toString}, whose digits changed in JDK 19), and nothing
 * depends on the JVM's default locale. Minus is the ASCII hyphen-minus; {@code -0.0} is written
 * as {@code 0}. Immutable and thread-safe. The separator and rounding are {@link
 * Language#decimal(java.math.BigDecimal) the language's own}, so a page and an explanation in the
 * same language write a number the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class Numbers {

  private static final Map<Language, Numbers> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Numbers(language, language.decimalSeparator(),
          KitTexts.of(language).get("number.notAvailable")));
    }
  }

  private final Language language;
  private final char decimalSeparator;
  private final String notAvailable;

  private Numbers(Language language, char decimalSeparator, String notAvailable) {
    this.language = language;
    this.decimalSeparator = decimalSeparator;
    this.notAvailable = notAvailable;
  }

  /**
   * Returns the formatting of a language.
   *
   * @param language the language of the page
   * @return the formatting; the same instance for the same language
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public static Numbers of(Language language) {
    return BY_LANGUAGE.get(Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the language.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the decimal separator: a comma in Dutch and French, a point in English.
   *
   * @return the separator
   */
  public char decimalSeparator() {
    return decimalSeparator;
  }

  /**
   * Returns a number rounded half-even to a fixed number of decimals, every decimal kept, with
   * the language's decimal separator: {@code fixed(0.5, 3)} is {@code 0,500} in Dutch. Not a
   * number is {@link #notAvailable()}; infinities are {@code ∞} and {@code -∞}.
   *
   * @param x the number
   * @param decimals the number of decimals, 0 to 20
   * @return the text
   * @throws IllegalArgumentException if {@code decimals} is out of range
   */
  public String fixed(double x, int decimals) {
    if (Double.isNaN(x)) {
      return notAvailable;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "∞" : "-∞";
    }
    return language.fixed(x, decimals);
  }

  /**
   * Returns an exact decimal with the digits it has, with the language's decimal separator: {@code
   * decimal(new BigDecimal("35.85"))} is {@code 35,85} in Dutch. For quantities that are decimal by
   * nature, such as scores counted in thousandths of a point.
   *
   * @param value the value
   * @return the text, never in scientific notation
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public String decimal(BigDecimal value) {
    return language.decimal(value);
  }

  /**
   * Returns a share as a percentage with one decimal and a no-break space before the sign: {@code
   * percent(0.125)} is {@code 12,5 %} in Dutch. Not a number is {@link #notAvailable()}.
   *
   * @param share the share, 1 for 100 %
   * @return the text
   */
  public String percent(double share) {
    return Double.isNaN(share) ? notAvailable : fixed(100 * share, 1) + "\u00a0%";
  }

  /**
   * Returns the text for a figure that is undefined: {@code n/a}, {@code n.v.t.} or {@code n.d.}.
   *
   * @return the text
   */
  public String notAvailable() {
    return notAvailable;
  }

  /**
   * Returns a finite number for machines (SVG coordinates, JSON): rounded half-even to a fixed
   * number of decimals, every decimal kept, with a point, whatever the language: {@code plain(0.5,
   * 1)} is {@code 0.5}.
   *
   * @param x the number, finite
   * @param decimals the number of decimals, 0 to 20
   * @return the text
   * @throws IllegalArgumentException if {@code x} is not finite or {@code decimals} is out of range
   */
  public static String plain(double x, int decimals) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException("only finite numbers have a plain form");
    }
    if (decimals < 0 || decimals > 20) {
      throw new IllegalArgumentException("decimals must be between 0 and 20");
    }
    BigDecimal rounded = new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN);
    return rounded.signum() == 0 ? rounded.abs().toPlainString() : rounded.toPlainString();
  }

  /**
   * Returns the language only.
   *
   * @return for example {@code Numbers[nl]}
   */
  @Override
  public String toString() {
    return "Numbers[" + language.id() + "]";
  }
}
