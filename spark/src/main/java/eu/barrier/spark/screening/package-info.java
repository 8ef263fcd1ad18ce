/**
 * Screening on Spark: every establishment of a table is screened by the library's {@link
 * eu.barrier.screening.Screening}, compiled once per executor from a {@link
 * eu.barrier.spark.screening.ScreeningSpec}; each partition is a {@code Screening.Batch}, and the
 * partial results are gathered and ranked by the screening's own {@code ranking()} into the same
 * {@link eu.barrier.screening.ScreeningResult} that {@code Screening.screenAll} gives.
 */
package eu.barrier.spark.screening;
