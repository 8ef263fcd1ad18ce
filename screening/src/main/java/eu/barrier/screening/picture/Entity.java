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
 * identifier type. Pseudonyms link only within one pseudonym domain (the key set of a purpose and
 * recipient): partners link only when they pseudonymise with the same shared key set.
 *
 * <p>The pseudonym is personal data of the recipient; {@link #toString()} leaves it out.
 *
 * @param id the entity's id within this picture, {@code E1}, {@code E2}, ... in the order of kind,
 *     identifier type and pseudonym
 * @param kind what the entity is
 * @param identifierType the type of the identifier behind the pseudonym
 * @param pseudonym the pseudonym
 * @param signals the signal reports that name it, in the order of their sources
 * @param answers the information answers about it, in the order of their sources
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Entity(String id, EntityKind kind, IdentifierType identifierType, String pseudonym, List<Signal> signals,
    List<Answer> answers) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param id the id
   * @param kind the kind
   * @param identifierType the identifier type
   * @param pseudonym the pseudonym
   * @param signals the signals
   * @param answers the answers
   */
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(identifierType, "identifierType");
    Objects.requireNonNull(pseudonym, "pseudonym");
    signals = List.copyOf(signals);
    answers = List.copyOf(answers);
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
    return "Entity[" + id + ", " + kind.id() + ", " + identifierType.id() + ", redacted, signals=" + signals.size()
        + ", answers=" + answers.size() + "]";
  }
}
