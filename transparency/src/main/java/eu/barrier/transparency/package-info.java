/**
 * Transparency outputs of a screening: start with {@link eu.barrier.transparency.Deployment} and
 * {@link eu.barrier.transparency.Transparency}. The register record and prefill files are in Dutch
 * (their audience is Dutch); the model card is in Dutch, French and English. Every document is a
 * draft for the organisation: what the metadata does not know is said, never guessed.
 */
package eu.barrier.transparency;
