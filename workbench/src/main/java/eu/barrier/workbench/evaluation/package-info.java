/**
 * Evaluation of indicator sets and risk models on labelled subjects, for researchers: ROC and PR
 * AUC with bootstrap intervals, confusion matrices and F1 per level, calibration where a scorer
 * gives probabilities, per-indicator prevalence, likelihood ratios and drop-one ablation, fairness
 * per audit group with the four-fifths rule, and paired comparisons of scorers.
 *
 * <p>Start with {@link eu.barrier.workbench.evaluation.LabelledInput#read(byte[])}, wrap each
 * risk model with {@link eu.barrier.workbench.evaluation.Scorer#of(
 * eu.barrier.indicators.scoring.RiskModel, java.time.LocalDate)} and call {@link
 * eu.barrier.workbench.evaluation.Evaluation#evaluate}. Audit groups are used only for the
 * fairness figures and never reach a scorer. See {@code docs/workbench.md}.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.workbench.evaluation;
