/** Barrier indicators: versioned indicator catalogues and explainable risk models. */
module eu.barrier.indicators {
  requires transitive eu.barrier.core;
  requires org.slf4j;

  exports eu.barrier.indicators;
  exports eu.barrier.indicators.catalogue;
}
