package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;

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
public record Ground(String id, String title, String source, EvidenceStatus status, boolean on) implements Sourced {}
