package eu.barrier.workbench.evaluation;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How well predicted probabilities match observed frequencies; only for scorers that give
 * probabilities.
 *
 * @param brierScore the mean squared difference between probability and label (0 is perfect)
 * @param bins ten equal-width probability bins, {@code [0, 0.1)} to {@code [0.9, 1]}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Calibration(double brierScore, List<Bin> bins) {

  /**
   * Copies.
   *
   * @param brierScore the brierScore component
   * @param bins the bins component
   */
  public Calibration {
    bins = List.copyOf(bins);
  }

  /**
   * One calibration bin.
   *
   * @param from the lower bound of the probabilities in the bin
   * @param to the upper bound
   * @param count subjects in the bin
   * @param meanProbability their mean predicted probability, {@code NaN} for an empty bin
   * @param observedRate their observed share of positives, {@code NaN} for an empty bin
   */
  public record Bin(double from, double to, long count, double meanProbability, double observedRate) {}
}
