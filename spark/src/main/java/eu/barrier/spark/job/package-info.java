/**
 * The jobs that {@code spark-submit} runs, one {@code main} each: {@link
 * eu.barrier.spark.job.ScreenJob}, {@link eu.barrier.spark.job.PseudonymiseJob} and {@link
 * eu.barrier.spark.job.LinkJob}. Their arguments mirror the {@code barrier} command's; they only
 * adapt the functions of {@code eu.barrier.spark}. Exit status: 0 success, 1 invalid input, 2 usage
 * error.
 */
package eu.barrier.spark.job;
