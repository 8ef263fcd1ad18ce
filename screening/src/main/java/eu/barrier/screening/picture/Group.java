package eu.barrier.screening.picture;

import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.scoring.Outcome;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * A connected group of a picture: entities linked, directly or through others, by being named
 * together in signal reports. Groups are ranked by the number of partners, then the highest level,
 * then the number of distinct barriers, then the number of entities ({@link RankKey}).
 *
 * @param rank the rank, 1 for the first
 * @param entities the ids of the entities, in id order
 * @param partners the partners that reported an entity of the group or hold information on one,
 *     sorted
 * @param highestLevel the highest level of the assessments in the group's reports, if any has one
 * @param barriers the distinct barriers (categories) of the indicators of the group's reports, in
 *     enum order
 * @param services the agencies that could act on those indicators, in enum order
 * @param decidedBy what ranks this group below the one above it; empty for rank 1
 * @param sources the message ids the group rests on, sorted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Group(int rank, List<String> entities, SortedSet<String> partners, Optional<Outcome> highestLevel,
    SortedSet<Category> barriers, SortedSet<Agency> services, Optional<RankKey> decidedBy, List<String> sources) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param rank the rank
   * @param entities the entity ids
   * @param partners the partners
   * @param highestLevel the highest level
   * @param barriers the barriers
   * @param services the agencies
   * @param decidedBy the deciding key
   * @param sources the message ids
   */
  public Group {
    entities = List.copyOf(entities);
    partners = Collections.unmodifiableSortedSet(new TreeSet<>(partners));
    Objects.requireNonNull(highestLevel, "highestLevel");
    barriers = Collections.unmodifiableSortedSet(new TreeSet<>(barriers));
    services = Collections.unmodifiableSortedSet(new TreeSet<>(services));
    Objects.requireNonNull(decidedBy, "decidedBy");
    sources = List.copyOf(sources);
  }
}
