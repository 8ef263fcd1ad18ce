package eu.barrier.benchmarks;

import eu.barrier.core.establishment.Establishment;
import eu.barrier.core.observation.Observation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The document of {@link JsonCodecBenchmark}: one establishment and the observations recorded
 * about it, as a municipality would exchange them. Jakarta constraints cascade into both, so
 * {@code Boundary} validates the whole tree.
 *
 * @param establishment the establishment; required
 * @param observations the observations about it; required, no {@code null} elements
 */
public record EstablishmentDocument(
    @NotNull @Valid Establishment establishment,
    @NotNull List<@NotNull @Valid Observation> observations) {

  /**
   * Returns the number of observations only; the components hold identifiers and free text.
   *
   * @return for example {@code EstablishmentDocument[observations=10, redacted]}
   */
  @Override
  public String toString() {
    return "EstablishmentDocument[observations="
        + (observations == null ? 0 : observations.size())
        + ", redacted]";
  }
}
