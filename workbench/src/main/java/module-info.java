/**
 * Barrier workbench, for researchers: a synthetic municipality with known ground truth, the
 * evaluation of indicator sets and risk models on labelled subjects (discrimination, levels,
 * indicators, fairness per audit group), and the evaluation's self-contained HTML report and JSON
 * metrics.
 */
module eu.barrier.workbench {
  requires transitive eu.barrier.indicators;
  requires eu.barrier.report;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.workbench;
  exports eu.barrier.workbench.synthetic;
  exports eu.barrier.workbench.evaluation;

  // the labelled input document binds through records of the internal package (Jackson) and is
  // validated through their components (Hibernate Validator)
  opens eu.barrier.workbench.evaluation.internal to tools.jackson.databind, org.hibernate.validator;
}
