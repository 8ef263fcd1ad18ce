/**
 * Observations: one indicator seen about one subject, in a period, by one agency, with an
 * optional intelligence grading.
 *
 * <p>Start with {@link eu.barrier.core.observation.Observation}. Its subject is a {@link
 * eu.barrier.core.observation.SubjectReference} (an establishment, organisation, person or
 * address by opaque local key), its source an {@link eu.barrier.core.observation.Agency} of the
 * barrier model, and its {@link eu.barrier.core.observation.Grading} is validated against one
 * {@link eu.barrier.core.observation.GradingScheme} and never converted to another.
 *
 * <p>An observation is a signal for review, never a decision. Its note is free text that may hold
 * personal data: no {@code toString()} in this package shows notes, keys or evidence references.
 */
package eu.barrier.core.observation;
