/**
 * Pseudonymisation on Spark: identifier columns of a table turned into the library's keyed
 * pseudonyms by a {@link eu.barrier.privacy.pseudonym.Pseudonymiser} compiled once per executor,
 * with keys that reach the executors as a {@link eu.barrier.spark.SecretFile}.
 */
package eu.barrier.spark.pseudonym;
