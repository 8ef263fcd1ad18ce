package eu.barrier.cases.profile;

import eu.barrier.screening.decision.EvidenceStatus;
import org.apiguardian.api.API;

/**
 * How cases start under a profile.
 *
 * @param kind mandatory by scope or discretionary by policy
 * @param source the legal source
 * @param status its evidence status
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record TriggerRule(TriggerKind kind, String source, EvidenceStatus status) implements Sourced {}
