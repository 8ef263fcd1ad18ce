/** Barrier indicators: versioned indicator catalogues and explainable risk models. */
module eu.barrier.indicators {
  requires transitive eu.barrier.core;
}
