package eu.barrier.screening.picture;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.Collections;
import org.apiguardian.api.API;

/**
 * A pattern across partners found in a picture.
 *
 * @param kind the pattern
 * @param entity the id of the entity it is about
 * @param partners the partners that make the pattern, sorted: the reporters for {@link
 *     PatternKind#SEVERAL_PARTNERS}, the reporters of the tied establishments for {@link
 *     PatternKind#SEVERAL_AREAS}
 * @param establishments for {@link PatternKind#SEVERAL_AREAS}, the ids of the tied establishments;
 *     otherwise empty
 * @param sources the message ids the pattern rests on, sorted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Pattern(PatternKind kind, String entity, SortedSet<String> partners, List<String> establishments,
    List<String> sources) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param kind the kind
   * @param entity the entity id
   * @param partners the partners
   * @param establishments the establishment ids
   * @param sources the message ids
   */
  public Pattern {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(entity, "entity");
    partners = Collections.unmodifiableSortedSet(new TreeSet<>(partners));
    establishments = List.copyOf(establishments);
    sources = List.copyOf(sources);
  }
}
