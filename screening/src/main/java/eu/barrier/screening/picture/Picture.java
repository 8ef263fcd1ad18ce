package eu.barrier.screening.picture;

import eu.barrier.privacy.envelope.Tlp;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ARIEC's picture: what many partners reported, put together (see the package description).
 * Built by {@link PictureCompiler}; written by {@link PictureJson} and {@link PictureReport}.
 *
 * <p>Handling: {@link #tlp()} is the strictest marking of the messages used, {@link #statements()}
 * all their handling statements, {@link #retainUntil()} the earliest retain-until date among them
 * (the picture must not outlive any of its pieces).
 *
 * @param asOf the date of the picture: retention is judged on it
 * @param recipient the party that compiled it
 * @param demoLabel the label of a demonstration on synthetic data, empty for real data
 * @param tlp the strictest TLP of the messages used ({@code CLEAR} when none was used)
 * @param communities the communities of TLP:GREEN messages used, sorted
 * @param statements the handling statements of the messages used, sorted, each once
 * @param retainUntil the earliest retain-until date of the messages used, if any was used
 * @param pseudonymDomains the pseudonym key ids seen in the messages used (rotation aliases
 *     included), sorted: pseudonyms link only within one domain, so more than one id per purpose
 *     means partners did not share a key set, or a shared key set was rotated (linked through
 *     rotation aliases during the overlap)
 * @param sources the messages used, in the order of their names in the store
 * @param entities the entities, in id order
 * @param ties the ties, by entity ids
 * @param patterns the patterns, by kind then entity id
 * @param groups the connected groups, by rank
 * @param notUsed the messages not used, with their reasons, in the order of their names
 * @param removed the messages left out and removed because their retention had passed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Picture(LocalDate asOf, String recipient, Optional<String> demoLabel, Tlp tlp, List<String> communities,
    List<String> statements, Optional<LocalDate> retainUntil, List<String> pseudonymDomains, List<Source> sources,
    List<Entity> entities, List<Tie> ties, List<Pattern> patterns, List<Group> groups, List<NotUsed> notUsed,
    List<Removed> removed) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param asOf the date
   * @param recipient the recipient
   * @param demoLabel the demo label
   * @param tlp the marking
   * @param communities the communities
   * @param statements the statements
   * @param retainUntil the retention date
   * @param pseudonymDomains the pseudonym key ids
   * @param sources the sources
   * @param entities the entities
   * @param ties the ties
   * @param patterns the patterns
   * @param groups the groups
   * @param notUsed the messages not used
   * @param removed the messages removed
   */
  public Picture {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(demoLabel, "demoLabel");
    Objects.requireNonNull(tlp, "tlp");
    communities = List.copyOf(communities);
    statements = List.copyOf(statements);
    Objects.requireNonNull(retainUntil, "retainUntil");
    pseudonymDomains = List.copyOf(pseudonymDomains);
    sources = List.copyOf(sources);
    entities = List.copyOf(entities);
    ties = List.copyOf(ties);
    patterns = List.copyOf(patterns);
    groups = List.copyOf(groups);
    notUsed = List.copyOf(notUsed);
    removed = List.copyOf(removed);
  }

  /**
   * Returns the entity with an id.
   *
   * @param id the entity id
   * @return the entity, if there is one
   */
  public Optional<Entity> entity(String id) {
    Objects.requireNonNull(id, "id");
    if (id.length() > 1 && id.charAt(0) == 'E') {
      try {
        int i = Integer.parseInt(id.substring(1)) - 1;
        if (i >= 0 && i < entities.size() && entities.get(i).id().equals(id)) {
          return Optional.of(entities.get(i));
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the same picture labelled as a demonstration on synthetic data.
   *
   * @param label the label, for example {@code DEMO DATA, synthetic}
   * @return the labelled picture
   */
  public Picture withDemoLabel(String label) {
    return new Picture(asOf, recipient, Optional.of(label), tlp, communities, statements, retainUntil,
        pseudonymDomains, sources, entities, ties, patterns, groups, notUsed, removed);
  }

  /**
   * Returns the date, recipient, marking and counts; no pseudonym and no free text.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Picture[asOf=" + asOf + ", recipient=" + recipient + ", tlp=" + tlp.label() + ", sources="
        + sources.size() + ", entities=" + entities.size() + ", groups=" + groups.size() + ", notUsed="
        + notUsed.size() + ", removed=" + removed.size() + "]";
  }
}
