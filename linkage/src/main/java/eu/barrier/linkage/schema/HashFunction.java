package eu.barrier.linkage.schema;

import org.apiguardian.api.API;

/** A feature's {@code hash}: how a token becomes bit positions. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface HashFunction permits BlakeHash, DoubleHash {}
