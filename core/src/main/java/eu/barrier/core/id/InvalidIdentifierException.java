package eu.barrier.core.id;

import eu.barrier.core.BarrierException;
import eu.barrier.core.CoreError;
import eu.barrier.core.Language;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when text is not a valid identifier of the requested type.
 *
 * <p>The {@linkplain #errorCode() error code} names the rule that was broken ({@code
 * BARRIER-CORE-0001} to {@code BARRIER-CORE-0008}). The message names the identifier type and the
 * rule, for example {@code BARRIER-CORE-0006: nl-bsn: check digits do not match: …}; it never
 * contains the rejected input.
 *
 * <p>The same problem reads in Dutch, French or English through {@link #message(Language)}: the
 * type's {@linkplain IdentifierType#label(Language) label} and the {@linkplain #reason(Language)
 * reason} with the scheme's specifics, for example {@code Belgisch ondernemingsnummer:
 * controlecijfers kloppen niet: de laatste 2 cijfers moeten gelijk zijn aan 97 - (eerste 8 cijfers
 * mod 97)}. The code stays {@link #code()}: a program switches on the code, a person reads the
 * message.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InvalidIdentifierException extends BarrierException {

  private static final long serialVersionUID = 1L;

  private final IdentifierType type;
  private final CoreError error;
  private final String reason;

  InvalidIdentifierException(IdentifierType type, CoreError error) {
    this(type, error, type.scheme().explain(error));
  }

  private InvalidIdentifierException(IdentifierType type, CoreError error, String reason) {
    super(error, type.id() + ": " + reason);
    this.type = type;
    this.error = error;
    this.reason = reason;
  }

  /**
   * Returns the identifier type that was expected.
   *
   * @return the type; never {@code null}
   */
  public IdentifierType type() {
    return type;
  }

  /**
   * Returns the broken rule with the specifics of the type, without the code and without the input,
   * for example {@code first digit out of range: the first digit must be 0 or 1}.
   *
   * @return the reason; never {@code null}
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the broken rule with the specifics of the type in a language, without the code and
   * without the input, for example {@code eerste cijfer buiten het bereik: het eerste cijfer moet 0
   * of 1 zijn} in Dutch. {@code reason(Language.EN)} equals {@link #reason()}.
   *
   * @param language the language
   * @return the reason; never {@code null}
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String reason(Language language) {
    return type.scheme().explain(error, Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the message for a person in a language: the type's label and the {@linkplain
   * #reason(Language) reason}, without the code and without the input, for example {@code
   * Burgerservicenummer (BSN): alle cijfers zijn nul}.
   *
   * @param language the language
   * @return the message; never {@code null}
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String message(Language language) {
    return type.label(language) + ": " + reason(language);
  }

  /**
   * Returns the broken rule, one of the {@code 00xx} constants of {@link CoreError}.
   *
   * @return the error code, or {@code null} after Java deserialization
   */
  @Override
  public CoreError errorCode() {
    return (CoreError) super.errorCode();
  }
}
