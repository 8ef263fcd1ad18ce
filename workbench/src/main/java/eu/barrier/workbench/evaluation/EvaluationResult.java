package eu.barrier.workbench.evaluation;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything an evaluation found: the data, each scorer's figures and the comparisons of every
 * later scorer with the first.
 *
 * @param options the settings used
 * @param data what the labelled subjects hold
 * @param scorers the figures per scorer, in the order given
 * @param comparisons for each scorer after the first: the differences with the first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EvaluationResult(EvaluationOptions options, DataSummary data, List<ScorerResult> scorers,
    List<Comparison> comparisons) {

  /**
   * Copies.
   *
   * @param options the options component
   * @param data the data component
   * @param scorers the scorers component
   * @param comparisons the comparisons component
   */
  public EvaluationResult {
    scorers = List.copyOf(scorers);
    comparisons = List.copyOf(comparisons);
  }
}
