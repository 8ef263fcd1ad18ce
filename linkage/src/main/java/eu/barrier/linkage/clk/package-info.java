/**
 * CLK encoding: the linkage secret, the encoder that is byte-compatible with clkhash 0.18.3,
 * optional hardening, and CLK files as clkhash writes them ({@code {"clks": [base64, ...]}}).
 *
 * <p>Start with {@link eu.barrier.linkage.clk.ClkEncoder#create(eu.barrier.linkage.schema.LinkageSchema,
 * eu.barrier.linkage.clk.LinkageSecret)}; read and write CLK files with {@link
 * eu.barrier.linkage.clk.ClkFiles}.
 *
 * <p>Privacy: a CLK is an encoding of personal data. Bloom-filter encodings are open to frequency
 * and pattern-mining attacks by whoever holds many of them; see {@code docs/linkage.md} for what
 * {@link eu.barrier.linkage.clk.Hardening} changes and what it costs.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.clk;
