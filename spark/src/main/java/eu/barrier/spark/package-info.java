/**
 * Barrier on Apache Spark 4: the library's screening, pseudonymisation and record linkage as
 * functions on Spark Datasets, and the jobs that {@code spark-submit} runs.
 *
 * <p>This module adds no logic of its own beyond partitioning and shipping: every score, ranking,
 * sector, pseudonym, CLK, Dice coefficient and match is computed by the same library code as on
 * one machine, and a test checks that the results are equal. Compiled objects (a {@code
 * Screening}, a {@code Pseudonymiser}, a {@code ClkEncoder}) are built once per executor JVM, never
 * per row. Secrets reach the executors as a {@link eu.barrier.spark.SecretFile}, never through the
 * Spark configuration, a job description or a query plan.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it. See {@code docs/spark.md}.
 */
package eu.barrier.spark;
