package eu.barrier.architecture.apistatus;

/** A planted package-private type: not API, so the status rule ignores it. */
final class Hidden {
  private Hidden() {}
}
