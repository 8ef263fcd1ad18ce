package eu.barrier.core.observation;

import eu.barrier.core.Language;
import eu.barrier.core.internal.Labels;
import java.util.Locale;
import org.apiguardian.api.API;

/** What an observation is about. */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum SubjectKind {
  /** A place of business: an establishment unit (BE) or vestiging (NL). */
  ESTABLISHMENT,
  /** An enterprise or legal entity. */
  ORGANISATION,
  /** A natural person. Person-level indicators are never mixed with business-level ones. */
  PERSON,
  /** An address, for example a dwelling with many short registrations. */
  ADDRESS;

  /**
   * Returns the display label in Dutch, French or English.
   *
   * @param language the language
   * @return the label
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    return Labels.label(this, language);
  }

  /**
   * Returns the display label in Dutch, French or English; other languages get English.
   *
   * @param locale the requested locale; only its language counts
   * @return the label
   * @deprecated Barrier asks for a language with {@link Language} everywhere: use {@link
   *     #label(Language) label(Language.of(locale))}.
   */
  @Deprecated(since = "0.1.0")
  public String label(Locale locale) {
    return label(Language.of(locale));
  }
}
