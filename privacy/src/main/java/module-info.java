/**
 * Barrier privacy: keyed pseudonyms with key sets and rotation, generalisation of dates, ages and
 * addresses, a signed and encrypted exchange envelope, and a tamper-evident audit log.
 *
 * <p>Secret key material is reachable only with a {@link eu.barrier.privacy.SecretAccess} token.
 * Extension points live in {@code eu.barrier.privacy.spi}; {@code eu.barrier.privacy.internal} is
 * not exported.
 */
module eu.barrier.privacy {
  requires transitive eu.barrier.core;
  requires org.bouncycastle.provider;
  requires org.slf4j;
  requires java.net.http;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.privacy;
  exports eu.barrier.privacy.pseudonym;
  exports eu.barrier.privacy.key;
  exports eu.barrier.privacy.generalise;
  exports eu.barrier.privacy.audit;
  exports eu.barrier.privacy.envelope;
  exports eu.barrier.privacy.spi;
  exports eu.barrier.privacy.exchange;
  exports eu.barrier.privacy.oprf;
  exports eu.barrier.privacy.blind;

  // message records bind through their canonical constructors (Jackson) and are validated
  // through their fields and @AssertTrue methods (Hibernate Validator)
  opens eu.barrier.privacy.exchange to tools.jackson.databind, org.hibernate.validator;

  uses eu.barrier.privacy.spi.AuditSink;
}
