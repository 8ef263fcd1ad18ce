package eu.barrier.linkage.quality;

import org.apiguardian.api.API;

/**
 * What blocking saved and lost on synthetic people.
 *
 * @param blocking a description of the blocking
 * @param threshold the Dice threshold
 * @param totalPairs the record pairs without blocking
 * @param comparisons the record pairs compared with blocking
 * @param reductionRatio {@code 1 - comparisons / totalPairs}
 * @param trueMatchCandidates true matches at or above the threshold without blocking
 * @param trueMatchesKept those of them that blocking also finds
 * @param pairsCompleteness {@code trueMatchesKept / trueMatchCandidates}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BlockingQuality(String blocking, double threshold, long totalPairs, long comparisons,
    double reductionRatio, int trueMatchCandidates, int trueMatchesKept, double pairsCompleteness) {}
