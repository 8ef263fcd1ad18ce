package eu.barrier.cases.procedure;

import eu.barrier.cases.Role;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A case as one role may see it, by the need-to-know matrix of the case's profile: deny by default,
 * so an event whose artefact the role has no cell for is not in the view at all. {@link
 * #toString()} leaves out the establishment.
 *
 * @param caseId the case
 * @param profileId the profile the case was opened under
 * @param profileVersion its version
 * @param state the state of the case
 * @param reader the reader's role
 * @param establishment the establishment, when the role sees the application
 * @param events the events the role sees, in order
 * @param deadlines the legal clocks, for roles inside the municipality; empty otherwise
 * @param disclosure the number of the disclosure event this read wrote, for a role outside the
 *     municipality that was shown anything
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CaseView(String caseId, String profileId, String profileVersion, CaseState state, Role reader,
    Optional<String> establishment, List<VisibleEvent> events, List<Deadline> deadlines,
    Optional<Long> disclosure) {

  /**
   * Copies.
   *
   * @param caseId the case
   * @param profileId the profile
   * @param profileVersion its version
   * @param state the state
   * @param reader the role
   * @param establishment the establishment
   * @param events the events
   * @param deadlines the clocks
   * @param disclosure the disclosure event
   */
  public CaseView {
    events = List.copyOf(events);
    deadlines = List.copyOf(deadlines);
  }

  /**
   * Returns the case, state, role and number of events only.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "CaseView[" + caseId + ", " + state + ", " + reader.id() + ", " + events.size() + " events]";
  }
}
