package eu.barrier.registers.kbo;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One name of an enterprise, establishment unit or branch (denomination.csv). The name of a natural
 * person's enterprise is that person's name: {@link #toString()} never shows it.
 *
 * @param language the {@code Language} code ({@code 0} unknown, {@code 1} French, {@code 2} Dutch,
 *     {@code 3} German, {@code 4} English)
 * @param type the {@code TypeOfDenomination} code ({@code 001} name, {@code 002} abbreviation,
 *     {@code 003} commercial name, {@code 004} branch name)
 * @param value the name, at most 320 characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record KboDenomination(String language, String type, String value) {

  /** Canonical order: type, language, value. */
  static final Comparator<KboDenomination> ORDER = Comparator.comparing(KboDenomination::type)
      .thenComparing(KboDenomination::language).thenComparing(KboDenomination::value);

  /**
   * Creates a denomination.
   *
   * @param language the language code
   * @param type the type code
   * @param value the name
   */
  public KboDenomination {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the type and language only; the name may be a person's.
   *
   * @return {@code KboDenomination[type=…, language=…, redacted]}
   */
  @Override
  public String toString() {
    return "KboDenomination[type=" + type + ", language=" + language + ", redacted]";
  }
}
