package eu.barrier.indicators.catalogue;

import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The parameters a catalogue gives the {@code weighted} risk model: points per strength, a cap per
 * category, the half-life of an observation, and the score thresholds of the levels low, medium
 * and high. All values are whole points (the model computes in thousandths of a point).
 *
 * <p>A catalogue without a {@code scoring} block uses {@link #DEFAULTS}. In JSON every field of the
 * block is optional; an absent field takes its default. See {@code docs/catalogue-format.md} and
 * {@code docs/risk-models.md}.
 *
 * @param strongPoints points of a {@link Strength#STRONG} indicator, 0 to {@value #MAX_POINTS}
 * @param mediumPoints points of a {@link Strength#MEDIUM} indicator, 0 to {@value #MAX_POINTS}
 * @param weakPoints points of a {@link Strength#WEAK} indicator, 0 to {@value #MAX_POINTS}
 * @param provisionalPoints points of a {@link Strength#PROVISIONAL} indicator (no verified
 *     strength), 0 to {@value #MAX_POINTS}
 * @param categoryCap the most points one category (barrier or ILO dimension) adds to a score, 1 to
 *     {@value #MAX_TOTAL}
 * @param halfLifeDays days after which an observation counts half; {@code 0} switches decay off; at
 *     most {@value #MAX_HALF_LIFE_DAYS}
 * @param lowThreshold the lowest score of level low, at least 1
 * @param mediumThreshold the lowest score of level medium, above {@code lowThreshold}
 * @param highThreshold the lowest score of level high, above {@code mediumThreshold}, at most
 *     {@value #MAX_TOTAL}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CatalogueScoring(
    int strongPoints,
    int mediumPoints,
    int weakPoints,
    int provisionalPoints,
    int categoryCap,
    int halfLifeDays,
    int lowThreshold,
    int mediumThreshold,
    int highThreshold) {

  /** Largest number of points for one strength. */
  public static final int MAX_POINTS = 1000;
  /** Largest category cap and threshold. */
  public static final int MAX_TOTAL = 100_000;
  /** Longest half-life, in days (100 years). */
  public static final int MAX_HALF_LIFE_DAYS = 36_500;

  /**
   * The defaults: strong 40, medium 20, weak 10, provisional 10 points; category cap 60; half-life
   * 365 days; thresholds low 10, medium 40, high 80. With the cap below the high threshold, level
   * high always needs signals in at least two categories.
   */
  public static final CatalogueScoring DEFAULTS = new CatalogueScoring(40, 20, 10, 10, 60, 365, 10, 40, 80);

  /**
   * Checks the ranges and the order of the thresholds.
   *
   * @param strongPoints the strongPoints component
   * @param mediumPoints the mediumPoints component
   * @param weakPoints the weakPoints component
   * @param provisionalPoints the provisionalPoints component
   * @param categoryCap the categoryCap component
   * @param halfLifeDays the halfLifeDays component
   * @param lowThreshold the lowThreshold component
   * @param mediumThreshold the mediumThreshold component
   * @param highThreshold the highThreshold component
   * @throws IllegalArgumentException if a value is out of its range or the thresholds do not rise
   */
  public CatalogueScoring {
    points("strongPoints", strongPoints);
    points("mediumPoints", mediumPoints);
    points("weakPoints", weakPoints);
    points("provisionalPoints", provisionalPoints);
    range("categoryCap", categoryCap, 1, MAX_TOTAL);
    range("halfLifeDays", halfLifeDays, 0, MAX_HALF_LIFE_DAYS);
    range("lowThreshold", lowThreshold, 1, MAX_TOTAL);
    range("mediumThreshold", mediumThreshold, 1, MAX_TOTAL);
    range("highThreshold", highThreshold, 1, MAX_TOTAL);
    if (!(lowThreshold < mediumThreshold && mediumThreshold < highThreshold)) {
      throw new IllegalArgumentException("scoring thresholds must rise: low < medium < high");
    }
  }

  private static void points(String name, int value) {
    range(name, value, 0, MAX_POINTS);
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s must be between %d and %d", name, min, max));
    }
  }

  /**
   * Returns the points of an indicator of the given strength.
   *
   * @param strength the strength
   * @return its points
   * @throws NullPointerException if {@code strength} is {@code null}
   */
  public int points(Strength strength) {
    switch (Objects.requireNonNull(strength, "strength")) {
      case STRONG:
        return strongPoints;
      case MEDIUM:
        return mediumPoints;
      case WEAK:
        return weakPoints;
      default:
        return provisionalPoints;
    }
  }
}
