package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;

/**
 * An advisory body (LBB, DIOB) or a register (the Belgian central register).
 *
 * @param id the id, for example {@code lbb}
 * @param name the name
 * @param source the legal source
 * @param status its evidence status
 */
public record Body(String id, String name, String source, EvidenceStatus status) implements Sourced {}
