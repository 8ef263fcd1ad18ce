/**
 * Blocking: comparing only the record pairs likely to match, so large datasets are not compared
 * all against all.
 *
 * <p>Start with {@link eu.barrier.linkage.block.HammingLshBlocking#of(int, int, long)}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.block;
