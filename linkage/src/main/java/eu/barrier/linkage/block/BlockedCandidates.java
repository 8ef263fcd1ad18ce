package eu.barrier.linkage.block;

import eu.barrier.linkage.match.Candidates;
import org.apiguardian.api.API;

/**
 * The candidates found with blocking, and how much comparing it saved.
 *
 * @param candidates the candidate pairs at or above the threshold among the compared pairs
 * @param comparisons the number of record pairs compared
 * @param totalPairs the number of record pairs without blocking
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BlockedCandidates(Candidates candidates, long comparisons, long totalPairs) {

  /**
   * Returns the reduction ratio: the share of record pairs not compared.
   *
   * @return {@code 1 - comparisons / totalPairs}, 0 when there are no pairs
   */
  public double reductionRatio() {
    return totalPairs == 0 ? 0.0 : 1.0 - (double) comparisons / totalPairs;
  }
}
