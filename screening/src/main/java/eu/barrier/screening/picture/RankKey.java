package eu.barrier.screening.picture;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What decided a group's rank against the group ranked just above it: the first of these keys, in
 * this order, on which the two differ.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RankKey {
  /** The number of distinct partners that reported or hold something on the group (more ranks higher). */
  PARTNERS,
  /** The highest level of any assessment in the group's reports (higher ranks higher). */
  LEVEL,
  /** The number of distinct barriers among the indicators of the group's reports (more ranks higher). */
  BARRIERS,
  /** The number of entities in the group (more ranks higher). */
  ENTITIES,
  /** All the above are equal: the group whose first entity id comes first ranks higher. */
  ORDER;

  /**
   * Returns the id used in {@code picture.json}: the lower-case name.
   *
   * @return the id
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
