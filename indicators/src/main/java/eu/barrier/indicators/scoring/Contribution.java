package eu.barrier.indicators.scoring;

import eu.barrier.indicators.catalogue.Category;
import eu.barrier.indicators.catalogue.Strength;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One term of a score. The {@link #milliPoints()} of an assessment's contributions add up to its
 * score exactly: every term is rounded once, to a thousandth of a point, before summing.
 *
 * <p>For {@link ContributionKind#INDICATOR}: {@code milliPoints = round(points × 1000 ×
 * evidencePermille / 1000 × decay)}, half up. For {@link ContributionKind#CATEGORY_CAP}: the cap
 * minus the category's sum (negative). For {@link ContributionKind#DIMENSION}: 1000.
 *
 * @param kind what the term stands for
 * @param indicatorId the indicator, for {@link ContributionKind#INDICATOR}; empty otherwise
 * @param category the category (barrier or ILO dimension) the term counts in
 * @param strength the indicator's strength, for {@link ContributionKind#INDICATOR}; empty otherwise
 * @param points the indicator's points by strength; 0 for other kinds
 * @param evidencePermille the evidence factor of the counted observation's grading, in thousandths
 *     (see {@link EvidenceFactors}); 1000 for other kinds
 * @param ageDays days from the end of the counted observation to {@code asOf}; 0 for other kinds
 * @param decay the time-decay factor {@code 0.5^(ageDays / halfLifeDays)}; 1 for other kinds
 * @param observations how many observations of this indicator the subject has (one counts); 0 for
 *     other kinds
 * @param milliPoints the value of the term in thousandths of a point
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Contribution(ContributionKind kind, Optional<String> indicatorId, Category category,
    Optional<Strength> strength, int points, int evidencePermille, int ageDays, double decay, int observations,
    long milliPoints) {

  /**
   * Checks for {@code null}.
   *
   * @param kind the kind component
   * @param indicatorId the indicatorId component
   * @param category the category component
   * @param strength the strength component
   * @param points the points component
   * @param evidencePermille the evidencePermille component
   * @param ageDays the ageDays component
   * @param decay the decay component
   * @param observations the observations component
   * @param milliPoints the milliPoints component
   * @throws NullPointerException if a component is {@code null}
   */
  public Contribution {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(indicatorId, "indicatorId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(strength, "strength");
  }

  /**
   * Returns the value in points, with three decimals.
   *
   * @return {@code milliPoints / 1000}
   */
  public BigDecimal value() {
    return BigDecimal.valueOf(milliPoints, 3);
  }
}
