package eu.barrier.screening.picture;

import eu.barrier.core.id.IdentifierType;
import eu.barrier.privacy.exchange.Holding;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * One subject of a picture: all the reports and answers that name the same pseudonym of the same
 * identifier type, or one of its rotation aliases. Pseudonyms link only within one pseudonym
 * domain (the key set of a purpose and recipient): partners link only when they pseudonymise with
 * the same shared key set. During a shared key set's rotation overlap, reports carry beside each
 * pseudonym its aliases under the still-recognised earlier keys; the picture then makes one
 * entity of all of them and names, in {@link #rotationLinks()}, the reports that linked them.
 *
 * <p>The pseudonyms are personal data of the recipient; {@link #toString()} leaves them out.
 *
 * @param id the entity's id within this picture, {@code E1}, {@code E2}, ... in the order of kind,
 *     identifier type and pseudonym
 * @param kind what the entity is
 * @param identifierType the type of the identifier behind the pseudonym
 * @param pseudonym the pseudonym: of several linked by rotation aliases, the first in text order
 *     among those never sent as an alias (the newest key's)
 * @param aliases the entity's other pseudonyms, linked by rotation aliases, in text order; empty
 *     without rotation
 * @param rotationLinks the rotation aliases that linked them, by pseudonym then alias; empty
 *     without rotation
 * @param signals the signal reports that name it, in the order of their sources
 * @param answers the information answers about it, in the order of their sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Entity(String id, EntityKind kind, IdentifierType identifierType, String pseudonym,
    List<String> aliases, List<RotationLink> rotationLinks, List<Signal> signals, List<Answer> answers) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param id the id
   * @param kind the kind
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym
   * @param aliases the other pseudonyms
   * @param rotationLinks the links between them
   * @param signals the signals
   * @param answers the answers
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(identifierType, "identifierType");
    Objects.requireNonNull(pseudonym, "pseudonym");
    aliases = List.copyOf(aliases);
    rotationLinks = List.copyOf(rotationLinks);
    signals = List.copyOf(signals);
    answers = List.copyOf(answers);
  }

  /**
   * An entity named by one pseudonym, without rotation aliases.
   *
   * @param id the id
   * @param kind the kind
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym
   * @param signals the signals
   * @param answers the answers
   */
  public Entity(String id, EntityKind kind, IdentifierType identifierType, String pseudonym, List<Signal> signals,
      List<Answer> answers) {
    this(id, kind, identifierType, pseudonym, List.of(), List.of(), signals, answers);
  }

  /**
   * Returns the partners that sent a signal report naming this entity, sorted.
   *
   * @return the reporting partners
   */
  public SortedSet<String> reporters() {
    SortedSet<String> out = new TreeSet<>();
    signals.forEach(s -> out.add(s.sender()));
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * Returns the partners that answered that they hold information about this entity, sorted.
   *
   * @return the holding partners
   */
  public SortedSet<String> holders() {
    SortedSet<String> out = new TreeSet<>();
    answers.stream().filter(a -> a.holding() == Holding.HOLDS).forEach(a -> out.add(a.sender()));
    return Collections.unmodifiableSortedSet(out);
  }

  /**
   * Returns the id, kind and counts; the pseudonym is left out.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Entity[" + id + ", " + kind.id() + ", " + identifierType.id() + ", redacted, aliases=" + aliases.size()
        + ", signals=" + signals.size() + ", answers=" + answers.size() + "]";
  }
}
