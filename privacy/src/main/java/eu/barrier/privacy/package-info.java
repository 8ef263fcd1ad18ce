/**
 * Barrier privacy: the error model and the secret-handling types shared by the sub-packages.
 *
 * <p>Start with {@link eu.barrier.privacy.pseudonym.Pseudonymiser} for keyed pseudonyms, {@link
 * eu.barrier.privacy.key.KeySet} for keys and rotation, {@code eu.barrier.privacy.generalise} for
 * coarsening dates, ages and addresses, and {@link eu.barrier.privacy.audit.AuditLog} for the
 * hash-chained audit trail. Raw secrets are reachable only with a {@link
 * eu.barrier.privacy.SecretAccess} token from {@link eu.barrier.privacy.InsecureSecretAccess}.
 * Errors carry a {@link eu.barrier.privacy.PrivacyError} code.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.privacy;
