package eu.barrier.spring;

import eu.barrier.indicators.catalogue.HashedCatalogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The indicator catalogues the application was configured with ({@code barrier.catalogues.*}),
 * each with the SHA-256 of its bytes for the provenance of assessments. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class BarrierCatalogues {

  private final List<HashedCatalogue> catalogues;

  private BarrierCatalogues(List<HashedCatalogue> catalogues) {
    this.catalogues = List.copyOf(catalogues);
  }

  /**
   * Wraps catalogues.
   *
   * @param catalogues the catalogues, in order
   * @return the set
   * @throws IllegalArgumentException if the list is empty
   * @throws NullPointerException if the list or an element is {@code null}
   */
  public static BarrierCatalogues of(List<HashedCatalogue> catalogues) {
    if (Objects.requireNonNull(catalogues, "catalogues").isEmpty()) {
      throw new IllegalArgumentException("at least one catalogue");
    }
    return new BarrierCatalogues(catalogues);
  }

  /**
   * Returns the catalogues in configured order.
   *
   * @return the catalogues, unmodifiable; never empty
   */
  public List<HashedCatalogue> list() {
    return catalogues;
  }

  /**
   * Finds a catalogue by id.
   *
   * @param id a catalogue id such as {@code barrier-admin}
   * @return the catalogue, if configured
   */
  public Optional<HashedCatalogue> find(String id) {
    Objects.requireNonNull(id, "id");
    return catalogues.stream().filter(c -> c.catalogue().id().equals(id)).findFirst();
  }

  /**
   * Returns the catalogue references ({@code id@version}).
   *
   * @return the description
   */
  @Override
  public String toString() {
    return catalogues.stream().map(c -> c.catalogue().reference())
        .collect(Collectors.joining(",", "BarrierCatalogues[", "]"));
  }
}
