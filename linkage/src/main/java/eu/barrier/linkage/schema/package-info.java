/**
 * Linkage schemas: clkhash's JSON schema documents (v1, v2, v3) read strictly, upgraded to v3 as
 * clkhash upgrades them, and checked with every problem reported at its JSON Pointer.
 *
 * <p>Start with {@link eu.barrier.linkage.schema.LinkageSchemas#parse(byte[])} or {@link
 * eu.barrier.linkage.schema.LinkageSchemas#check(byte[])}. A {@link
 * eu.barrier.linkage.schema.LinkageSchema} holds the features; each {@link
 * eu.barrier.linkage.schema.Feature} validates and tokenises its values as clkhash does.
 *
 * <p>Stability: experimental, 0.x.
 */
package eu.barrier.linkage.schema;
