/**
 * Blind pseudonyms ({@code pk2.<kid>.<tag>}) through a pseudonym service that holds the only key:
 * the RFC 9497 POPRF with info = purpose and recipient, and the service protocol.
 *
 * <p>Partners use {@link eu.barrier.privacy.blind.BlindPseudonymClient}. A service (the module
 * {@code barrier-pseudonym-service}, or your own) reads {@link
 * eu.barrier.privacy.blind.EvaluationRequest}s, checks their signature, freshness and rate, and
 * answers with {@link eu.barrier.privacy.blind.ServiceKeys#evaluate}. The construction, the
 * protocol and the threat model are in {@code docs/blind-pseudonymisation.md}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.blind;
