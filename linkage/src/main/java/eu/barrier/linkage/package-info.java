/**
 * Privacy-preserving record linkage with Bloom-filter encodings (CLKs), byte-compatible with Data61
 * clkhash 0.18.3, and Dice matching as anonlink does it.
 *
 * <p>Start with {@link eu.barrier.linkage.schema.LinkageSchemas#parse(byte[])} to read a linkage
 * schema, {@link eu.barrier.linkage.clk.ClkEncoder} to encode records under a {@link
 * eu.barrier.linkage.clk.LinkageSecret}, and {@link eu.barrier.linkage.match.CandidateSearch} with
 * {@link eu.barrier.linkage.match.GreedySolver} to match CLKs of two or more parties. The whole flow,
 * what the encodings protect and what they do not, is in {@code docs/linkage.md}.
 *
 * <p>This package holds the module's error codes ({@link eu.barrier.linkage.LinkageError}) and the
 * root of its exceptions.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage;
