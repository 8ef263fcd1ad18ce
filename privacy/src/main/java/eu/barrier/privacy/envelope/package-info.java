/**
 * The exchange envelope: {@link eu.barrier.privacy.envelope.Envelopes} seals a JSON payload for
 * one or more partner parties (RFC 8785 canonical JSON, signed with Ed25519, encrypted per
 * recipient with HPKE) under a clear-text {@link eu.barrier.privacy.envelope.EnvelopeHeader} that
 * states purpose, legal basis, TLP 2.0 handling and retention, and opens it again with every check
 * failing closed as a typed {@link eu.barrier.privacy.envelope.EnvelopeVerificationException}.
 * Keys come from {@link eu.barrier.privacy.key.PartyKeys} and {@link
 * eu.barrier.privacy.key.PartyPublicKeys}. The format is specified in {@code
 * docs/exchange-envelope.md}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.envelope;
