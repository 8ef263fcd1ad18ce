/** Barrier indicators: versioned indicator catalogues and explainable risk models. */
module eu.barrier.indicators {
  requires transitive eu.barrier.core;
  requires org.slf4j;

  exports eu.barrier.indicators;
  exports eu.barrier.indicators.catalogue;
  exports eu.barrier.indicators.scoring;
  exports eu.barrier.indicators.evaluation;
  exports eu.barrier.indicators.synthetic;

  // the assess input document binds through records of the internal package (Jackson) and is
  // validated through their components (Hibernate Validator)
  opens eu.barrier.indicators.internal.input to tools.jackson.databind, org.hibernate.validator;
  // the same for the labelled input of evaluations
  opens eu.barrier.indicators.evaluation.internal to tools.jackson.databind, org.hibernate.validator;
}
