/**
 * Implementation details of {@code barrier-core}: not exported, not API, may change without
 * notice.
 */
package eu.barrier.core.internal;
