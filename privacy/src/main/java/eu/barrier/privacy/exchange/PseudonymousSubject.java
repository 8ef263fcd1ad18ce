package eu.barrier.privacy.exchange;

import eu.barrier.core.id.IdentifierType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * A subject named only by its pseudonym: the identifier type that was pseudonymised and the
 * pseudonym's text form ({@code pk1.<kid>.<tag>} keyed or {@code pk2.<kid>.<tag>} blind, see {@code
 * eu.barrier.privacy.pseudonym.Pseudonym}). A partner who holds the same key set and context (pk1),
 * or who asks the same pseudonym service for the same context (pk2), recognises the subject;
 * nobody else learns anything about it.
 *
 * <p>The canonical constructor accepts anything so JSON can be bound; {@link Messages} validates.
 * {@link #toString()} never shows the pseudonym.
 *
 * @param identifierType the type of the identifier behind the pseudonym, for example {@code nl-kvk}
 * @param pseudonym the pseudonym in its text form
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PseudonymousSubject(
    @NotNull IdentifierType identifierType,
    @NotNull @Pattern(regexp = MessagePatterns.PSEUDONYM) String pseudonym) {

  /**
   * Creates a subject without checking it.
   *
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym text
   */
  public PseudonymousSubject {}

  /**
   * Returns the identifier type only.
   *
   * @return for example {@code PseudonymousSubject[nl-kvk, redacted]}
   */
  @Override
  public String toString() {
    return "PseudonymousSubject[" + (identifierType == null ? "null" : identifierType.id()) + ", redacted]";
  }
}
