/**
 * The blind pseudonymisation service over HTTP. Start with {@link
 * eu.barrier.pseudonym.service.PseudonymService#builder}; errors are {@link
 * eu.barrier.pseudonym.service.PseudonymServiceError}s. Trust and threat model: {@code
 * docs/blind-pseudonymisation.md}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.pseudonym.service;
