package eu.barrier.indicators.scoring;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The four clauses of the ILO/EC 2009 rule that make a dimension positive, counted over the
 * <em>distinct</em> observed indicators of that dimension: (a) at least 2 strong; (b) 1 strong and
 * at least 1 medium or weak; (c) at least 3 medium; (d) at least 2 medium and at least 1 weak.
 * One strong indicator alone, or weak indicators alone, never make a dimension positive.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DimensionClause {
  /** (a) at least two strong indicators. */
  TWO_STRONG("a", "at least 2 strong"),
  /** (b) one strong indicator and at least one medium or weak indicator. */
  STRONG_AND_OTHER("b", "1 strong and at least 1 medium or weak"),
  /** (c) at least three medium indicators. */
  THREE_MEDIUM("c", "at least 3 medium"),
  /** (d) at least two medium indicators and at least one weak indicator. */
  TWO_MEDIUM_AND_WEAK("d", "at least 2 medium and 1 weak");

  private final String letter;
  private final String rule;

  DimensionClause(String letter, String rule) {
    this.letter = letter;
    this.rule = rule;
  }

  /**
   * Returns the clause letter, {@code a} to {@code d}.
   *
   * @return the letter
   */
  public String letter() {
    return letter;
  }

  /**
   * Returns the clause in English words, for example {@code at least 2 strong}.
   *
   * @return the rule text
   */
  public String rule() {
    return rule;
  }

  /**
   * Tells whether this clause holds for the given counts of distinct indicators.
   *
   * @param strong the number of distinct strong indicators
   * @param medium the number of distinct medium indicators
   * @param weak the number of distinct weak indicators
   * @return {@code true} if the clause holds
   */
  public boolean holds(int strong, int medium, int weak) {
    switch (this) {
      case TWO_STRONG:
        return strong >= 2;
      case STRONG_AND_OTHER:
        return strong >= 1 && medium + weak >= 1;
      case THREE_MEDIUM:
        return medium >= 3;
      default:
        return medium >= 2 && weak >= 1;
    }
  }

  /**
   * Returns the first clause, in the order a, b, c, d, that holds.
   *
   * @param strong the number of distinct strong indicators
   * @param medium the number of distinct medium indicators
   * @param weak the number of distinct weak indicators
   * @return the clause, or empty if the dimension is not positive
   * @throws IllegalArgumentException if a count is negative
   */
  public static Optional<DimensionClause> firstHolding(int strong, int medium, int weak) {
    if (strong < 0 || medium < 0 || weak < 0) {
      throw new IllegalArgumentException("indicator counts are never negative");
    }
    for (DimensionClause clause : values()) {
      if (clause.holds(strong, medium, weak)) {
        return Optional.of(clause);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether a dimension with these counts of distinct indicators is positive.
   *
   * @param strong the number of distinct strong indicators
   * @param medium the number of distinct medium indicators
   * @param weak the number of distinct weak indicators
   * @return {@code true} if any clause holds
   * @throws IllegalArgumentException if a count is negative
   */
  public static boolean positive(int strong, int medium, int weak) {
    return firstHolding(strong, medium, weak).isPresent();
  }
}
