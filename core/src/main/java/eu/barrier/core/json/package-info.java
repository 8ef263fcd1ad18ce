/**
 * The strict JSON codec: {@link eu.barrier.core.json.BarrierJson} reads and writes Barrier's
 * records with a Jackson 3 mapper the library configures itself, within explicit {@link
 * eu.barrier.core.json.JsonLimits}. Every rejected document raises one documented exception,
 * {@link eu.barrier.core.json.JsonFormatException}, with a stable code and a JSON Pointer, never
 * the rejected value.
 *
 * <p>To collect all problems of a document at once, including Jakarta constraint violations, use
 * {@code eu.barrier.core.validation.Boundary}.
 */
package eu.barrier.core.json;
