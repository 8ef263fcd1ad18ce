/**
 * Keyed pseudonyms: typed identifiers in, {@code pk1.<kid>.<tag>} out.
 *
 * <p>Start with {@link eu.barrier.privacy.pseudonym.Pseudonymiser#create}, given a {@link
 * eu.barrier.privacy.key.KeySet} and a {@link eu.barrier.privacy.pseudonym.PseudonymContext}
 * (purpose and recipient domain). Parse received pseudonyms with {@link
 * eu.barrier.privacy.pseudonym.Pseudonym#parse}. The construction (HKDF-SHA-256 per context and
 * key, HMAC-SHA-256 over a length-prefixed typed identifier) and its limits are described in
 * {@code docs/privacy-guarantees.md}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.pseudonym;
