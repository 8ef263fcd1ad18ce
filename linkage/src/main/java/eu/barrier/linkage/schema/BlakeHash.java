package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/**
 * {@code blakeHash}, clkhash's default: keyed BLAKE2b-512 with salt {@code "0"}, {@code "1"}, ...;
 * each digest gives 32 little-endian 16-bit positions modulo the filter length, which must be a
 * power of two. Only the feature's first derived key is used.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BlakeHash() implements HashFunction {}
