/** Barrier privacy: keyed pseudonyms, the signed and encrypted exchange envelope, the audit log. */
module eu.barrier.privacy {
  requires transitive eu.barrier.core;
}
