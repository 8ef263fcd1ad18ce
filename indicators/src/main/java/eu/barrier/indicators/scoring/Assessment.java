package eu.barrier.indicators.scoring;

import eu.barrier.core.observation.SubjectReference;
import eu.barrier.indicators.catalogue.Category;
import eu.barrier.core.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of a risk model for one subject: a graded <em>signal for review</em>, never a
 * decision. It carries everything needed to explain and reproduce it.
 *
 * <p>The {@link #contributions()} add up to {@link #scoreMilli()} exactly. Observed indicator ids
 * that the catalogue does not hold are listed in {@link #unknownIndicators()}, never dropped
 * silently. The subject key may identify a person: {@link #toString()} never shows it.
 *
 * @param subject the subject assessed
 * @param outcome the graded outcome
 * @param scoreMilli the score in thousandths of a point: for {@code weighted} the capped sum of
 *     points, for {@code ilo-2009} 1000 per positive dimension
 * @param contributions the terms of the score, in category order, then indicator order
 * @param dimensions for {@code ilo-2009}: the six dimensions in the order DR, CR, VR, EX, CD, VD;
 *     empty for {@code weighted}
 * @param trace the rule trace, one English line per step, for example {@code DR positive by
 *     clause b (1 strong and at least 1 medium or weak): ILO-AL-DR-01, ILO-AL-DR-02}
 * @param unknownIndicators observed indicator ids the catalogue does not hold, sorted, distinct
 * @param ignoredObservations observations that start after {@code asOf} and were not counted
 * @param provenance the catalogue, model, parameters, library version and reference date
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Assessment(SubjectReference subject, Outcome outcome, long scoreMilli, List<Contribution> contributions,
    List<DimensionResult> dimensions, List<String> trace, List<String> unknownIndicators, int ignoredObservations,
    AssessmentProvenance provenance) {

  /**
   * Checks and copies.
   *
   * @param subject the subject component
   * @param outcome the outcome component
   * @param scoreMilli the scoreMilli component
   * @param contributions the contributions component
   * @param dimensions the dimensions component
   * @param trace the trace component
   * @param unknownIndicators the unknownIndicators component
   * @param ignoredObservations the ignoredObservations component
   * @param provenance the provenance component
   * @throws NullPointerException if a component or element is {@code null}
   * @throws IllegalArgumentException if the contributions do not add up to the score
   */
  public Assessment {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(outcome, "outcome");
    contributions = List.copyOf(contributions);
    dimensions = List.copyOf(dimensions);
    trace = List.copyOf(trace);
    unknownIndicators = List.copyOf(unknownIndicators);
    Objects.requireNonNull(provenance, "provenance");
    long sum = 0;
    for (Contribution contribution : contributions) {
      sum += contribution.milliPoints();
    }
    if (sum != scoreMilli) {
      throw new IllegalArgumentException("the contributions add up to the score");
    }
  }

  /**
   * Returns the score in points, with three decimals.
   *
   * @return {@code scoreMilli / 1000}
   */
  public BigDecimal score() {
    return BigDecimal.valueOf(scoreMilli, 3);
  }

  /**
   * Returns, for {@code ilo-2009}, whether each dimension is positive, in the order DR, CR, VR, EX,
   * CD, VD; empty for {@code weighted}.
   *
   * @return an unmodifiable map in dimension order
   */
  public Map<Category, Boolean> positiveDimensions() {
    java.util.EnumMap<Category, Boolean> map = new java.util.EnumMap<>(Category.class);
    for (DimensionResult d : dimensions) {
      map.put(d.dimension(), d.positive());
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Returns a short explanation for a clerk in Dutch, French or English. It calls the outcome a
   * signal for review, names the rule or the largest contributions, reports unknown indicators and
   * ignored observations, and ends with the catalogue, model and reference date. It never contains
   * the subject key.
   *
   * @param language the language
   * @return the explanation, one paragraph
   * @throws NullPointerException if {@code language} is {@code null}
   */
  public String explanation(Language language) {
    return Explanations.explain(this, Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the subject kind, outcome and score; never the subject key.
   *
   * @return for example {@code Assessment[kind=PERSON, outcome=presumed-trafficking, score=3.000,
   *     redacted]}
   */
  @Override
  public String toString() {
    return "Assessment[kind=" + subject.kind() + ", outcome=" + outcome.id() + ", score=" + score() + ", redacted]";
  }
}
