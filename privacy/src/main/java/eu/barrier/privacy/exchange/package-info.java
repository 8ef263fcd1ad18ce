/**
 * Exchange message types: {@link eu.barrier.privacy.exchange.SignalReport}, {@link
 * eu.barrier.privacy.exchange.InformationRequest} and {@link
 * eu.barrier.privacy.exchange.InformationResponse}, as versioned JSON with a JSON Schema each.
 *
 * <p>Messages hold pseudonyms, labels, generalised periods and gradings, never personal data.
 * {@link eu.barrier.privacy.exchange.Messages} reads, validates and writes them; the envelope
 * ({@code eu.barrier.privacy.envelope.Envelopes}) validates a payload that declares one of these
 * types when sealing and when opening. A report that carries child-protection signals must be
 * marked and addressed to the care domain; the sender declares both (see {@link
 * eu.barrier.privacy.exchange.SignalReport}).
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.exchange;
