/**
 * Records to encode: a streaming CSV reader with the dialect clkhash reads (Python's {@code csv}
 * default), stricter where Python would guess.
 *
 * <p>Start with {@link eu.barrier.linkage.record.CsvRecordReader#open(java.io.InputStream)}.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.record;
