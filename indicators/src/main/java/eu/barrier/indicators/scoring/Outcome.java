package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.Language;
import java.util.Objects;

/**
 * The graded outcome of an assessment: a signal for review, never a decision.
 *
 * <p>The {@code ilo-2009} model yields {@link #PRESUMED_TRAFFICKING}, {@link #EXPLOITATION_SIGNAL},
 * {@link #DIMENSION_SIGNAL} or {@link #NONE}; the {@code weighted} model yields {@link #HIGH},
 * {@link #MEDIUM}, {@link #LOW} or {@link #NONE}. {@link #id()} is the name used in JSON output.
 */
public enum Outcome {
  /** ilo-2009: the outcome rule holds (for adults: recruitment, exploitation and coercion or abuse at destination). */
  PRESUMED_TRAFFICKING("presumed-trafficking", "vermoedelijke mensenhandel", "traite présumée", "presumed trafficking"),
  /** ilo-2009: the exploitation dimension (EX) is positive but the outcome rule does not hold. */
  EXPLOITATION_SIGNAL("exploitation-signal", "signaal van uitbuiting", "signal d'exploitation", "exploitation signal"),
  /** ilo-2009: at least one dimension other than EX is positive, EX is not. */
  DIMENSION_SIGNAL("dimension-signal", "signaal in een dimensie", "signal dans une dimension", "signal in a dimension"),
  /** weighted: the score reaches the high threshold. */
  HIGH("high", "hoog", "élevé", "high"),
  /** weighted: the score reaches the medium threshold. */
  MEDIUM("medium", "middel", "moyen", "medium"),
  /** weighted: the score reaches the low threshold. */
  LOW("low", "laag", "faible", "low"),
  /** Both models: nothing reaches a threshold or makes a dimension positive. */
  NONE("none", "geen", "aucun", "none");

  private final String id;
  private final String nl;
  private final String fr;
  private final String en;

  Outcome(String id, String nl, String fr, String en) {
    this.id = id;
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  /**
   * Returns the JSON name, for example {@code "presumed-trafficking"}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the label in a language.
   *
   * @param language the language
   * @return the label
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String label(Language language) {
    switch (Objects.requireNonNull(language, "language")) {
      case NL:
        return nl;
      case FR:
        return fr;
      default:
        return en;
    }
  }
}
