package eu.barrier.privacy.exchange;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.apiguardian.api.API;

/**
 * An indicator that was observed, named by its catalogue, the catalogue version and its id, for
 * example {@code barrier-model} {@code 1.0.0} {@code ADM-01}. Holds no observation details.
 *
 * @param catalogue the catalogue id
 * @param version the catalogue version, {@code MAJOR.MINOR.PATCH}
 * @param indicator the indicator id in that catalogue
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ObservedIndicator(
    @NotNull @Pattern(regexp = MessagePatterns.CATALOGUE) String catalogue,
    @NotNull @Pattern(regexp = MessagePatterns.VERSION) String version,
    @NotNull @Pattern(regexp = MessagePatterns.INDICATOR) String indicator) {

  /**
   * Creates an indicator reference without checking it.
   *
   * @param catalogue the catalogue id
   * @param version the catalogue version
   * @param indicator the indicator id
   */
  public ObservedIndicator {}
}
