package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;
import org.apiguardian.api.API;

/**
 * A ground an adverse decision can cite.
 *
 * @param id the id, for example {@code a-ground}
 * @param title what the ground is
 * @param source the legal source
 * @param status its evidence status
 * @param on whether a decision may cite it: verified grounds, and unverified ones the municipality
 *     turned on ({@link JurisdictionProfile#withGround(String)})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Ground(String id, String title, String source, EvidenceStatus status, boolean on) implements Sourced {}
