/**
 * Validation at the boundary: {@link eu.barrier.core.validation.Boundary} turns untrusted JSON
 * into a validated value or into the complete list of {@link
 * eu.barrier.core.validation.Violation}s (JSON Pointer, stable code, message in English, Dutch or
 * French), combining strict JSON binding with Jakarta Bean Validation. Jakarta constraints for
 * Barrier's identifiers also live here.
 */
package eu.barrier.core.validation;
