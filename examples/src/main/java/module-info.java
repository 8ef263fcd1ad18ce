/** Runnable examples, one per user story; they use only exported Barrier API. */
module eu.barrier.examples {
  requires eu.barrier.core;
  requires eu.barrier.indicators;
  requires eu.barrier.privacy;

  exports eu.barrier.examples.quickstart;
}
