package eu.barrier.privacy.exchange;

import org.apiguardian.api.API;

/** Whether a partner holds information on a pseudonymised subject. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Holding {
  /** The partner holds information; JSON {@code holds}. */
  HOLDS,
  /** The partner holds nothing; JSON {@code does-not-hold}. */
  DOES_NOT_HOLD
}
