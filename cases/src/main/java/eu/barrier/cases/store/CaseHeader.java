package eu.barrier.cases.store;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The row of a case: its id, the profile it was opened under (id, version and the full document,
 * whose SHA-256 the opening event carries), when it was opened, and the head of its chain: the
 * number of events and the hash of the last one, which every append moves on by one under an
 * optimistic check.
 *
 * @param caseId the case id
 * @param profileId the profile id
 * @param profileVersion the profile version
 * @param profileDocument the profile document (JSON) the case was opened under
 * @param openedAt when it was opened
 * @param version the number of events
 * @param headHash the hash of the last event
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CaseHeader(String caseId, String profileId, String profileVersion, String profileDocument,
    Instant openedAt, long version, String headHash) {

  /**
   * Returns the case id, profile and version only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CaseHeader[" + caseId + ", " + profileId + " " + profileVersion + ", v" + version + "]";
  }
}
