package eu.barrier.linkage.schema;

/**
 * {@code blakeHash}, clkhash's default: keyed BLAKE2b-512 with salt {@code "0"}, {@code "1"}, ...;
 * each digest gives 32 little-endian 16-bit positions modulo the filter length, which must be a
 * power of two. Only the feature's first derived key is used.
 */
public record BlakeHash() implements HashFunction {}
