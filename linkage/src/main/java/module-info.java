/**
 * Barrier linkage: privacy-preserving record linkage with Bloom-filter encodings (CLKs) that are
 * byte-compatible with Data61 clkhash 0.18.3, Dice matching, blocking and greedy solving as
 * anonlink does it, optional hardening, and linkage quality on synthetic people.
 *
 * <p>The linkage secret is held as privacy's {@link eu.barrier.privacy.SecretBytes}, reachable
 * only with a {@link eu.barrier.privacy.SecretAccess} token.
 */
module eu.barrier.linkage {
  requires transitive eu.barrier.core;
  requires transitive eu.barrier.privacy;
  requires eu.barrier.report;
  requires org.bouncycastle.provider;
  requires org.slf4j;
  requires tools.jackson.core;
  // @API statuses of the exported types (as JUnit); not needed at run time
  requires static transitive org.apiguardian.api;

  exports eu.barrier.linkage;
  exports eu.barrier.linkage.schema;
  exports eu.barrier.linkage.record;
  exports eu.barrier.linkage.clk;
  exports eu.barrier.linkage.match;
  exports eu.barrier.linkage.block;
  exports eu.barrier.linkage.quality;

  // the quality report is written as JSON by the strict codec
  opens eu.barrier.linkage.quality to tools.jackson.databind;
}
