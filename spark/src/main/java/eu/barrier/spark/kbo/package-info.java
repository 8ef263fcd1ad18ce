/**
 * The KBO Open Data extract read with Spark's own CSV reader: every establishment unit of the
 * country with the sector {@code barrier-registers} derives for it ({@link
 * eu.barrier.registers.kbo.KboSector#derive}), ready for {@link
 * eu.barrier.spark.screening.SparkScreening}.
 */
package eu.barrier.spark.kbo;
