/**
 * Implementation details of {@code barrier-privacy}: HKDF and HMAC wiring, the byte encodings, the
 * RFC 8785 canonicaliser, the BouncyCastle Ed25519 and HPKE wiring, and the module's instances of
 * core's strict JSON codec. Not exported; may change without notice.
 */
package eu.barrier.privacy.internal;
