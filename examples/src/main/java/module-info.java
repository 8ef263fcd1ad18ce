/** Runnable examples, one per user story; they use only exported Barrier API. */
module eu.barrier.examples {
  requires transitive eu.barrier.core;
  requires transitive eu.barrier.indicators;
  requires transitive eu.barrier.privacy;
  requires transitive eu.barrier.workbench;
  requires eu.barrier.report;
  requires transitive eu.barrier.screening;
  requires transitive eu.barrier.cases;

  exports eu.barrier.examples.quickstart;
  exports eu.barrier.examples.genk;
  exports eu.barrier.examples.antwerp;
  exports eu.barrier.examples.ariec;
  exports eu.barrier.examples.bibob;
  exports eu.barrier.examples.research;
}
