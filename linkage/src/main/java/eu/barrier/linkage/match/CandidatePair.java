package eu.barrier.linkage.match;

import org.apiguardian.api.API;

/**
 * A pair of records from two datasets whose Dice coefficient is at or above the threshold.
 *
 * @param datasetA the index of the first record's dataset, lower than {@code datasetB}
 * @param a the 0-based index of the first record in its dataset
 * @param datasetB the index of the second record's dataset
 * @param b the 0-based index of the second record in its dataset
 * @param dice the Dice coefficient
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CandidatePair(int datasetA, int a, int datasetB, int b, double dice) {

  /**
   * Checks the indexes.
   *
   * @param datasetA the first dataset
   * @param a the first record
   * @param datasetB the second dataset
   * @param b the second record
   * @param dice the coefficient
   */
  public CandidatePair {
    if (datasetA < 0 || datasetB <= datasetA || a < 0 || b < 0) {
      throw new IllegalArgumentException("datasetA < datasetB and indexes at least 0");
    }
  }

  /**
   * Returns the Dice coefficient as the shortest decimal that reads back as the same double,
   * without exponent ({@code 0.75}, {@code 1.0}, {@code 0.6666666666666666}); for values from
   * 0.001 on this is exactly Python's {@code repr}.
   *
   * @return the decimal text
   */
  public String diceText() {
    return ShortestDecimal.format(dice);
  }
}
