package eu.barrier.screening.picture;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Two entities named together in one or more signal reports.
 *
 * @param from the id of the first entity (the lower id)
 * @param to the id of the second entity
 * @param sources the message ids of the reports that name both, sorted
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Tie(String from, String to, List<String> sources) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param from the first entity
   * @param to the second entity
   * @param sources the message ids
   */
  public Tie {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    sources = List.copyOf(sources);
  }
}
