/**
 * Linkage quality on synthetic people: invented Belgian and Dutch-style records with realistic
 * variation, and precision, recall and F1 per threshold, with and without hardening.
 *
 * <p>Start with {@link eu.barrier.linkage.quality.SyntheticPeople#generate(int, double, long)} and
 * {@link eu.barrier.linkage.quality.LinkageQuality#evaluate}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.quality;
