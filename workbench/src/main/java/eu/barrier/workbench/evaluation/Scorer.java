package eu.barrier.workbench.evaluation;

import eu.barrier.indicators.scoring.RiskModel;
import eu.barrier.indicators.scoring.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.apiguardian.api.API;

/**
 * What an evaluation scores subjects with: a risk model with a fixed reference date, or any other
 * function of a subject's observations.
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>A scorer sees only a {@link Subject}: its reference and observations. The label and the
 *       audit group of a {@link LabelledSubject} never reach it.
 *   <li>Implementations are pure and thread-safe: the same subject gives an equal score.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Scorer {

  /**
   * Returns a short name for tables and charts, for example {@code barrier-admin@1.0.0 weighted}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the names of the levels a score can reach, from the lowest to the highest, without
   * the level "none", for example {@code [low, medium, high]}.
   *
   * @return an unmodifiable list, possibly empty
   */
  List<String> levels();

  /**
   * Returns the indicator ids the scorer knows, in catalogue order; the evaluation reports their
   * prevalence and drops each one in turn.
   *
   * @return an unmodifiable list
   */
  List<String> indicators();

  /**
   * Returns what identifies the scorer for reproduction: for a risk model the catalogue id,
   * version and SHA-256, the model id and every parameter, the library version and the reference
   * date.
   *
   * @return an unmodifiable sorted map
   */
  SortedMap<String, String> provenance();

  /**
   * Tells whether {@link Score#probability()} is present in every score.
   *
   * @return {@code true} for probabilistic scorers
   */
  boolean givesProbabilities();

  /**
   * Scores one subject.
   *
   * @param subject the subject and its observations
   * @return the score
   */
  Score score(Subject subject);

  /**
   * Adapts a risk model with a fixed reference date. The score is the model's score in points;
   * the levels are {@code low, medium, high} for {@code weighted} and {@code dimension-signal,
   * exploitation-signal, presumed-trafficking} for {@code ilo-2009}. Risk models give no
   * probabilities.
   *
   * @param model the model
   * @param asOf the reference date of every assessment
   * @return the scorer
   * @throws NullPointerException if an argument is {@code null}
   */
  static Scorer of(RiskModel model, LocalDate asOf) {
    return new ModelScorer(model, asOf);
  }
}
