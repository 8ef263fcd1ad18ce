package eu.barrier.privacy.exchange;

import eu.barrier.core.id.IdentifierType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A subject named only by its pseudonym: the identifier type that was pseudonymised and the
 * pseudonym's text form ({@code pk1.<kid>.<tag>} keyed or {@code pk2.<kid>.<tag>} blind, see {@code
 * eu.barrier.privacy.pseudonym.Pseudonym}). A partner who holds the same key set and context (pk1),
 * or who asks the same pseudonym service for the same context (pk2), recognises the subject;
 * nobody else learns anything about it.
 *
 * <p><b>Rotation aliases.</b> During the overlap of a shared key set's rotation (until its {@code
 * recognisedUntil} date) a sender may add, in a signal report only, the subject's pseudonyms under
 * the still-recognised earlier keys of the same shared key set, purpose and recipient ({@code
 * eu.barrier.privacy.pseudonym.Pseudonymiser#aliases}), so that the recipient links reports made
 * before and after the rotation. They tell the recipient that these pseudonyms name one subject.
 * Absent ({@code null}) otherwise: a subject without aliases is written exactly as before.
 *
 * <p>The canonical constructor accepts anything so JSON can be bound; {@link Messages} validates.
 * {@link #toString()} never shows a pseudonym.
 *
 * @param identifierType the type of the identifier behind the pseudonym, for example {@code nl-kvk}
 * @param pseudonym the pseudonym in its text form
 * @param aliases the same subject's {@code pk1} pseudonyms under the still-recognised earlier keys
 *     of the same shared key set, 1 to {@value #MAX_ALIASES}, or {@code null}: none
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PseudonymousSubject(
    @NotNull IdentifierType identifierType,
    @NotNull @Pattern(regexp = MessagePatterns.PSEUDONYM) String pseudonym,
    @Size(min = 1, max = MAX_ALIASES) List<@NotNull @Pattern(regexp = MessagePatterns.KEYED_PSEUDONYM) String> aliases) {

  /** The most rotation aliases one subject may carry. */
  public static final int MAX_ALIASES = 4;

  /**
   * Creates a subject without checking it; the aliases are copied.
   *
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym text
   * @param aliases the rotation aliases, or {@code null}: none
   */
  public PseudonymousSubject {
    aliases = Lists.copy(aliases);
  }

  /**
   * Creates a subject without rotation aliases, without checking it.
   *
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym text
   */
  public PseudonymousSubject(IdentifierType identifierType, String pseudonym) {
    this(identifierType, pseudonym, null);
  }

  /**
   * Creates a subject with rotation aliases, without checking it; an empty list means none.
   *
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym text under the primary key
   * @param aliases the pseudonyms under the still-recognised keys of the same shared key set
   * @return the subject
   */
  public static PseudonymousSubject of(IdentifierType identifierType, String pseudonym, List<String> aliases) {
    return new PseudonymousSubject(identifierType, pseudonym, aliases == null || aliases.isEmpty() ? null : aliases);
  }

  /**
   * Returns the rotation aliases, empty when there are none.
   *
   * @return the aliases, never {@code null}
   */
  public List<String> aliasesOrEmpty() {
    return aliases == null ? List.of() : aliases;
  }

  /**
   * Returns the identifier type and the number of aliases only.
   *
   * @return for example {@code PseudonymousSubject[nl-kvk, redacted]}
   */
  @Override
  public String toString() {
    return "PseudonymousSubject[" + (identifierType == null ? "null" : identifierType.id()) + ", redacted"
        + (aliases == null ? "" : ", aliases=" + aliases.size()) + "]";
  }
}
