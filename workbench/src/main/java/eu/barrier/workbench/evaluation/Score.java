package eu.barrier.workbench.evaluation;

import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * What a {@link Scorer} returns for one subject.
 *
 * @param value the score; higher means a stronger signal
 * @param level the level reached: {@code 0} for none, else {@code 1} to {@code
 *     scorer.levels().size()} (the index in {@link Scorer#levels()} plus one)
 * @param probability the probability of a positive, in {@code [0, 1]}, for scorers that give one;
 *     empty otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Score(double value, int level, OptionalDouble probability) {

  /**
   * Checks.
   *
   * @param value the value component
   * @param level the level component
   * @param probability the probability component
   * @throws IllegalArgumentException if the value is not finite, the level is negative or the
   *     probability is outside {@code [0, 1]}
   * @throws NullPointerException if {@code probability} is {@code null}
   */
  public Score {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a score is finite");
    }
    if (level < 0) {
      throw new IllegalArgumentException("a level is 0 or more");
    }
    if (probability.isPresent() && !(probability.getAsDouble() >= 0 && probability.getAsDouble() <= 1)) {
      throw new IllegalArgumentException("a probability is in [0, 1]");
    }
  }

  /**
   * Returns a score without probability.
   *
   * @param value the score
   * @param level the level, 0 for none
   * @return the score
   */
  public static Score of(double value, int level) {
    return new Score(value, level, OptionalDouble.empty());
  }

  /**
   * Returns a score with a probability.
   *
   * @param value the score
   * @param level the level, 0 for none
   * @param probability the probability of a positive
   * @return the score
   */
  public static Score of(double value, int level, double probability) {
    return new Score(value, level, OptionalDouble.of(probability));
  }
}
