/**
 * Implementation details of {@code barrier-privacy}: HKDF and HMAC wiring, the byte encodings, the
 * internal JSON codec. Not exported; may change without notice.
 */
package eu.barrier.privacy.internal;
