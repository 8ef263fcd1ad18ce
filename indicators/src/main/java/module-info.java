/** Barrier indicators: versioned indicator catalogues, catalogue lint and explainable risk models. */
module eu.barrier.indicators {
  requires transitive eu.barrier.core;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.indicators;
  exports eu.barrier.indicators.catalogue;
  exports eu.barrier.indicators.scoring;

  // the assess input document binds through package-private records of scoring and the public
  // InputObservation (Jackson), validated through their components (Hibernate Validator)
  opens eu.barrier.indicators.scoring to tools.jackson.databind, org.hibernate.validator;
}
