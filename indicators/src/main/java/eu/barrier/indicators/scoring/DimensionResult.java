package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.Category;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One ILO dimension in an {@code ilo-2009} assessment: the distinct indicators observed in it, the
 * counts by strength, and the clause that made it positive.
 *
 * @param dimension the ILO dimension
 * @param strong the number of distinct strong indicators observed
 * @param medium the number of distinct medium indicators observed
 * @param weak the number of distinct weak indicators observed
 * @param indicators the ids of the distinct indicators observed, in catalogue order
 * @param clause the first clause (a to d) that holds, or empty if the dimension is not positive
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DimensionResult(Category dimension, int strong, int medium, int weak, List<String> indicators,
    Optional<DimensionClause> clause) {

  /**
   * Checks and copies.
   *
   * @param dimension the dimension component
   * @param strong the strong component
   * @param medium the medium component
   * @param weak the weak component
   * @param indicators the indicators component
   * @param clause the clause component
   * @throws IllegalArgumentException if {@code dimension} is not an ILO dimension or a count is negative
   * @throws NullPointerException if a component is {@code null}
   */
  public DimensionResult {
    Objects.requireNonNull(dimension, "dimension");
    if (!dimension.isIloDimension()) {
      throw new IllegalArgumentException("a dimension result is about an ILO dimension");
    }
    if (strong < 0 || medium < 0 || weak < 0) {
      throw new IllegalArgumentException("indicator counts are never negative");
    }
    indicators = List.copyOf(indicators);
    Objects.requireNonNull(clause, "clause");
  }

  /**
   * Tells whether the dimension is positive.
   *
   * @return {@code true} if a clause holds
   */
  public boolean positive() {
    return clause.isPresent();
  }
}
