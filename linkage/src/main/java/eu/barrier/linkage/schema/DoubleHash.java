package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/**
 * {@code doubleHash}: position {@code i} of a token is {@code (a + i * b) mod l} with {@code a} =
 * HMAC-SHA1 and {@code b} = HMAC-MD5 of the token under the feature's two keys, read as big-endian
 * integers. Double hashing leaks structure that pattern-mining attacks exploit; prefer {@link
 * BlakeHash} for new data.
 *
 * @param preventSingularity whether {@code b} is recomputed while it is 0 modulo {@code l} (without
 *     it, such a token sets a single bit)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record DoubleHash(boolean preventSingularity) implements HashFunction {}
