package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;
import org.apiguardian.api.API;

/**
 * An advisory body (LBB, DIOB) or a register (the Belgian central register).
 *
 * @param id the id, for example {@code lbb}
 * @param name the name
 * @param source the legal source
 * @param status its evidence status
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Body(String id, String name, String source, EvidenceStatus status) implements Sourced {}
