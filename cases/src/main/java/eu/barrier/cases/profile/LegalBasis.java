package eu.barrier.cases.profile;

import eu.barrier.cases.Role;
import eu.barrier.screening.decision.EvidenceStatus;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A legal basis of the profile's closed list: every event names one, and every disclosure outside
 * the municipality names one that allows it for the recipient's role.
 *
 * @param id the id, for example {@code nl-bibob-art-28-riec}
 * @param citation the citation
 * @param status its evidence status
 * @param on whether it may be used: verified bases, and unverified ones the municipality turned on
 *     ({@link JurisdictionProfile#withBasis(String)})
 * @param disclosureTo the roles outside the municipality it allows a disclosure to
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record LegalBasis(String id, String citation, EvidenceStatus status, boolean on, Set<Role> disclosureTo)
    implements Sourced {

  /**
   * Copies.
   *
   * @param id the id
   * @param citation the citation
   * @param status the status
   * @param on whether it may be used
   * @param disclosureTo the roles
   */
  public LegalBasis {
    disclosureTo = Set.copyOf(disclosureTo);
  }

  /**
   * Returns the citation.
   *
   * @return the citation
   */
  @Override
  public String source() {
    return citation;
  }
}
