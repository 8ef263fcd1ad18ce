/**
 * Barrier pseudonym service: the RFC 9497 blind pseudonymisation service. It evaluates blinded
 * elements (POPRF, P256-SHA256) for authenticated partners only, rate-limits each partner, writes
 * every evaluation to the hash-chained audit log and answers errors as RFC 9457 problem documents.
 * It runs on an embedded Jetty 12 server, bound to 127.0.0.1 unless told otherwise.
 */
module eu.barrier.pseudonym.service {
  requires transitive eu.barrier.privacy;
  requires org.eclipse.jetty.server;
  requires org.slf4j;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.pseudonym.service;
}
