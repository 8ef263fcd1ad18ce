package eu.barrier.screening.picture;

import eu.barrier.core.observation.Agency;
import eu.barrier.indicators.catalogue.Category;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An indicator named in a signal report, with what the catalogue says about it: the barrier (or
 * ILO dimension) it belongs to and the services that can observe it or act on it. Both come from
 * the built-in catalogue of that id and version; for a catalogue the library does not know they
 * are empty.
 *
 * @param catalogue the catalogue id
 * @param version the catalogue version
 * @param indicator the indicator id
 * @param barrier the category of the indicator, if the catalogue is known
 * @param services the agencies that could act, in enum order; empty if the catalogue is unknown
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReportedIndicator(String catalogue, String version, String indicator, Optional<Category> barrier,
    Set<Agency> services) {

  /**
   * Checks for {@code null} and copies.
   *
   * @param catalogue the catalogue id
   * @param version the version
   * @param indicator the indicator id
   * @param barrier the category
   * @param services the agencies
   */
  public ReportedIndicator {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(barrier, "barrier");
    services = Set.copyOf(services);
  }
}
