package eu.barrier.core.json;

/** Stops reading in collecting mode once the problem limit is reached; never leaves the engine. */
final class ProblemLimitReached extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ProblemLimitReached() {
    super("problem limit reached", null, false, false);
  }
}
