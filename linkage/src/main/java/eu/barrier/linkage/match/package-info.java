/**
 * Matching CLKs: the Dice coefficient, candidate pairs at or above a threshold between two or more
 * datasets, and greedy solving, each with the same results as anonlink 0.15.3.
 *
 * <p>Start with {@link eu.barrier.linkage.match.ClkSet#read(java.io.InputStream)} for each party's
 * CLK file, then {@link eu.barrier.linkage.match.CandidateSearch#withThreshold(double)} and {@link
 * eu.barrier.linkage.match.GreedySolver#solve(eu.barrier.linkage.match.Candidates)}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.match;
