package eu.barrier.indicators.scoring;

import eu.barrier.core.Language;
import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The graded outcome of an assessment: a signal for review, never a decision.
 *
 * <p>The {@code ilo-2009} model yields {@link #PRESUMED_TRAFFICKING}, {@link #EXPLOITATION_SIGNAL},
 * {@link #DIMENSION_SIGNAL} or {@link #NONE}; the {@code weighted} model yields {@link #HIGH},
 * {@link #MEDIUM}, {@link #LOW} or {@link #NONE}. {@link #id()} is the name used in JSON output.
 *
 * <p>The one ordering of outcomes, used by evaluation, screening and exchange alike, is {@link
 * #rank()}: {@code none} 0; {@code low} and {@code dimension-signal} 1; {@code medium} and {@code
 * exploitation-signal} 2; {@code high} and {@code presumed-trafficking} 3. Outcomes of one model
 * never share a rank; across models a rank says only "the model's lowest, middle or highest signal",
 * not that the two models measure the same thing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Outcome {
  /** ilo-2009: the outcome rule holds (for adults: recruitment, exploitation and coercion or abuse at destination). */
  PRESUMED_TRAFFICKING(3, "presumed-trafficking", "vermoedelijke mensenhandel", "traite présumée",
      "presumed trafficking"),
  /** ilo-2009: the exploitation dimension (EX) is positive but the outcome rule does not hold. */
  EXPLOITATION_SIGNAL(2, "exploitation-signal", "signaal van uitbuiting", "signal d'exploitation", "exploitation signal"),
  /** ilo-2009: at least one dimension other than EX is positive, EX is not. */
  DIMENSION_SIGNAL(1, "dimension-signal", "signaal in een dimensie", "signal dans une dimension", "signal in a dimension"),
  /** weighted: the score reaches the high threshold. */
  HIGH(3, "high", "hoog", "élevé", "high"),
  /** weighted: the score reaches the medium threshold. */
  MEDIUM(2, "medium", "middel", "moyen", "medium"),
  /** weighted: the score reaches the low threshold. */
  LOW(1, "low", "laag", "faible", "low"),
  /** Both models: nothing reaches a threshold or makes a dimension positive. */
  NONE(0, "none", "geen", "aucun", "none");

  /** Orders outcomes by {@link #rank()}, lowest first; outcomes of different models may tie. */
  public static final Comparator<Outcome> BY_RANK = Comparator.comparingInt(Outcome::rank);

  private final int rank;
  private final String id;
  private final String nl;
  private final String fr;
  private final String en;

  Outcome(int rank, String id, String nl, String fr, String en) {
    this.rank = rank;
    this.id = id;
    this.nl = nl;
    this.fr = fr;
    this.en = en;
  }

  /**
   * Returns the rank of this outcome: 0 for {@link #NONE} up to 3 for {@link #HIGH} and {@link
   * #PRESUMED_TRAFFICKING}.
   *
   * @return the rank, 0 to 3
   */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether this outcome ranks at least as high as another.
   *
   * @param other the outcome to compare with
   * @return {@code rank() >= other.rank()}
   * @throws NullPointerException if {@code other} is {@code null}
   */
  public boolean isAtLeast(Outcome other) {
    return rank >= other.rank;
  }

  /**
   * Returns the outcome with an id.
   *
   * @param id the JSON name, for example {@code "medium"}
   * @return the outcome
   * @throws IllegalArgumentException if no outcome has this id
   */
  public static Outcome fromId(String id) {
    for (Outcome o : values()) {
      if (o.id.equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException("not an outcome id");
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
    return Objects.requireNonNull(language, "language").pick(nl, fr, en);
  }
}
