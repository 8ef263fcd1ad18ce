package eu.barrier.linkage.schema;

/** A feature's {@code hash}: how a token becomes bit positions. */
public sealed interface HashFunction permits BlakeHash, DoubleHash {}
