package eu.barrier.indicators.scoring;

import org.apiguardian.api.API;

/** What a {@link Contribution} to a score stands for. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ContributionKind {
  /** weighted: one observed indicator (its best observation), points × evidence × decay. */
  INDICATOR,
  /** weighted: the negative adjustment that brings a category down to its cap. */
  CATEGORY_CAP,
  /** ilo-2009: one positive dimension, worth one point. */
  DIMENSION
}
