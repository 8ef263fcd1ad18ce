package eu.barrier.linkage.quality;

import eu.barrier.core.json.BarrierJson;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The linkage quality of one setting on synthetic people.
 *
 * @param size the number of people of each party
 * @param overlap the share of people both parties have
 * @param seed the seed of the synthetic people
 * @param trueMatches the number of true matches
 * @param preparation how names were prepared
 * @param hardening a description of the hardening
 * @param clkBits the CLK length
 * @param comparisons the Dice coefficients computed
 * @param rows the quality per threshold, ascending
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record QualityReport(int size, double overlap, long seed, int trueMatches, String preparation,
    String hardening, int clkBits, long comparisons, List<ThresholdQuality> rows) {

  private static final BarrierJson JSON = BarrierJson.create();

  /**
   * Copies the rows.
   *
   * @param size the people per party
   * @param overlap the shared share
   * @param seed the seed
   * @param trueMatches the true matches
   * @param preparation the preparation
   * @param hardening the hardening
   * @param clkBits the CLK length
   * @param comparisons the comparisons
   * @param rows the rows
   */
  public QualityReport {
    rows = List.copyOf(rows);
  }

  /**
   * Returns the row with the highest F1 (the lowest threshold on a tie).
   *
   * @return the best row
   */
  public ThresholdQuality best() {
    return rows.stream().max(Comparator.comparingDouble(ThresholdQuality::f1)
        .thenComparing(Comparator.comparingDouble(ThresholdQuality::threshold).reversed())).orElseThrow();
  }

  /**
   * Returns the report as JSON: the record components as members, rows as an array.
   *
   * @return the JSON text
   */
  public String toJson() {
    return JSON.writeString(this);
  }
}
