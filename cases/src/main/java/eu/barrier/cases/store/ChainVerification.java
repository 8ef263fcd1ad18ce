package eu.barrier.cases.store;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The result of verifying one case.
 *
 * @param caseId the case
 * @param events the number of events read
 * @param fault what is wrong, empty when intact
 * @param seq the number of the first event found wrong (0 for the case row), if any
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ChainVerification(String caseId, long events, Optional<ChainFault> fault, Optional<Long> seq) {

  /**
   * Tells whether the case is intact.
   *
   * @return whether nothing is wrong
   */
  public boolean isIntact() {
    return fault.isEmpty();
  }
}
