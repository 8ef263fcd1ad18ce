/**
 * Implementation of Barrier core; not exported, no compatibility promise. Identifier arithmetic
 * ({@link eu.barrier.core.internal.Digits}, {@link eu.barrier.core.internal.Checksums}, {@link
 * eu.barrier.core.internal.IdentifierScheme}) lives here once, for all identifier types.
 */
package eu.barrier.core.internal;
