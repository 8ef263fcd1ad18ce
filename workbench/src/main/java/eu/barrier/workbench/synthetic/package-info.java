/**
 * Synthetic municipality data with known ground truth, for testing indicator sets without real
 * case data: establishments in risk and ordinary sectors, enterprises with managers, addresses,
 * persons, planted exploitation cases and noisy, delayed, graded observations from several
 * agencies. Every parameter is illustrative, not empirical.
 *
 * <p>Start with {@link eu.barrier.workbench.synthetic.CityGenerator#generate(
 * eu.barrier.workbench.synthetic.SyntheticParameters)} and {@link
 * eu.barrier.workbench.synthetic.SyntheticParameters#defaults(long, int)}; write the files with
 * {@link eu.barrier.workbench.synthetic.SyntheticFiles#write}. See {@code docs/workbench.md}.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.workbench.synthetic;
