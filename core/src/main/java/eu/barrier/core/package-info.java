/**
 * Barrier core: the shared vocabulary of all Barrier modules.
 *
 * <p>Start with {@link eu.barrier.core.BarrierException} and {@link eu.barrier.core.ErrorCode},
 * the error model every module uses. Identifiers live in {@code eu.barrier.core.id}, the domain
 * model in its concept packages, and the strict JSON codec in {@code eu.barrier.core.json}.
 */
package eu.barrier.core;
