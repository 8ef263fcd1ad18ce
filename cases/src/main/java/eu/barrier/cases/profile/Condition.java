package eu.barrier.cases.profile;

/** A condition on a cell of the need-to-know matrix that the library checks. */
public enum Condition {
  /** The cell applies only once the case has asked the advisory body for advice. */
  IF_ADVICE_REQUESTED
}
