package eu.barrier.cases.profile;

import org.apiguardian.api.API;

/** A condition on a cell of the need-to-know matrix that the library checks. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum Condition {
  /** The cell applies only once the case has asked the advisory body for advice. */
  IF_ADVICE_REQUESTED
}
