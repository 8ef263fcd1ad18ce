package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;
import org.apiguardian.api.API;

/** Something in a profile that rests on a legal source, with how well that source is established. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Sourced {

  /**
   * Returns the source, as a citation with its status in words.
   *
   * @return the source
   */
  String source();

  /**
   * Returns the evidence status of the source.
   *
   * @return the status
   */
  EvidenceStatus status();
}
