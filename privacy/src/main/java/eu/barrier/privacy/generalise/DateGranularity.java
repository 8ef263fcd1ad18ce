package eu.barrier.privacy.generalise;

import org.apiguardian.api.API;

/** How coarsely a date is reported. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum DateGranularity {
  /** ISO 8601 week (Monday to Sunday, week-based year), label {@code 2026-W05}. */
  WEEK,
  /** Calendar month, label {@code 2026-02}. */
  MONTH,
  /** Calendar quarter, label {@code 2026-Q1}. */
  QUARTER,
  /** Calendar year, label {@code 2026}. */
  YEAR
}
