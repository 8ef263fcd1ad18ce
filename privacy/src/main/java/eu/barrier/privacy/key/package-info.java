/**
 * Key sets for pseudonyms, in the manner of Tink: keys with an id and a {@link
 * eu.barrier.privacy.key.KeyStatus}, one primary that writes, active keys that still count for
 * lookups, and immutable rotation steps on {@link eu.barrier.privacy.key.KeySet}. {@link
 * eu.barrier.privacy.key.KeySets} reads and writes the JSON key set file; secret material needs a
 * {@link eu.barrier.privacy.SecretAccess} token, the public form never holds any.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy.key;
