/**
 * Oblivious pseudorandom functions of RFC 9497 for the suite P256-SHA256: OPRF, VOPRF (with DLEQ
 * proofs, batched) and POPRF (with a public info), on BouncyCastle's P-256 and RFC 9380
 * hash-to-curve.
 *
 * <p>Start with {@link eu.barrier.privacy.oprf.OprfClient#create} on the client and {@link
 * eu.barrier.privacy.oprf.OprfServer#create} with an {@link
 * eu.barrier.privacy.oprf.OprfPrivateKey} on the server. The implementation is checked against
 * every P256-SHA256 vector of the RFC in all three modes; what is and is not constant-time is
 * described in {@code docs/blind-pseudonymisation.md}. Blind pseudonyms for identifiers, and the
 * protocol of the pseudonym service, are in {@code eu.barrier.privacy.blind}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.oprf;
