/**
 * The researcher workbench: a synthetic municipality with known ground truth ({@link
 * eu.barrier.workbench.synthetic}), the evaluation of indicator sets and risk models on labelled
 * subjects, and its self-contained report ({@link eu.barrier.workbench.evaluation}). This package
 * holds the module's error codes, {@link eu.barrier.workbench.WorkbenchError}.
 */
package eu.barrier.workbench;
