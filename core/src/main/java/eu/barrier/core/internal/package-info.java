/**
 * Implementation of Barrier core; not exported, no compatibility promise. Identifier arithmetic
 * ({@link eu.barrier.core.internal.Digits}, {@link eu.barrier.core.internal.Checksums}, {@link
 * eu.barrier.core.internal.IdentifierScheme}) lives here once, for all identifier types; so do
 * the label tables of the model's enums ({@link eu.barrier.core.internal.Labels}) and the shared
 * text shapes of its constraints ({@link eu.barrier.core.internal.Shapes}).
 */
package eu.barrier.core.internal;
