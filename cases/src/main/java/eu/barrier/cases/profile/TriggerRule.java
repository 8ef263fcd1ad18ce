package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;

/**
 * How cases start under a profile.
 *
 * @param kind mandatory by scope or discretionary by policy
 * @param source the legal source
 * @param status its evidence status
 */
public record TriggerRule(TriggerKind kind, String source, EvidenceStatus status) implements Sourced {}
