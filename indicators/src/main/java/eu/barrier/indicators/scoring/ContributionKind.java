package eu.barrier.indicators.scoring;

/** What a {@link Contribution} to a score stands for. */
public enum ContributionKind {
  /** weighted: one observed indicator (its best observation), points × evidence × decay. */
  INDICATOR,
  /** weighted: the negative adjustment that brings a category down to its cap. */
  CATEGORY_CAP,
  /** ilo-2009: one positive dimension, worth one point. */
  DIMENSION
}
