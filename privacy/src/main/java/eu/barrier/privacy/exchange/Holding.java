package eu.barrier.privacy.exchange;

/** Whether a partner holds information on a pseudonymised subject. */
public enum Holding {
  /** The partner holds information; JSON {@code holds}. */
  HOLDS,
  /** The partner holds nothing; JSON {@code does-not-hold}. */
  DOES_NOT_HOLD
}
