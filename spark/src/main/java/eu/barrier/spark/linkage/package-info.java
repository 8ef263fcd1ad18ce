/**
 * Privacy-preserving record linkage on Spark: records encoded into CLKs by the library's {@link
 * eu.barrier.linkage.clk.ClkEncoder} (compiled once per executor), and CLK tables matched with the
 * library's candidate search inside each block of a Hamming-LSH blocking (or each chunk pair
 * without blocking), then solved by the library's greedy solver on the driver.
 */
package eu.barrier.spark.linkage;
