/**
 * Validation at the boundary, and Jakarta Validation constraints for Barrier's identifiers.
 *
 * <p>{@link eu.barrier.core.validation.Boundary} turns untrusted JSON into a validated value or
 * into the complete list of {@link eu.barrier.core.validation.Violation}s (JSON Pointer, stable
 * code, message in English, Dutch or French), combining strict JSON binding with Jakarta Bean
 * Validation.
 *
 * <p>Annotate a {@code String} field, parameter or container element with a per-type constraint
 * such as {@link eu.barrier.core.validation.ValidNlBsn} or {@link
 * eu.barrier.core.validation.ValidBeEnterpriseNumber}, or with the generic {@link
 * eu.barrier.core.validation.ValidIdentifier}. All of them delegate to {@link
 * eu.barrier.core.id.IdentifierType#isValid}, so the same rules hold with or without a validation
 * provider. {@code null} is valid; combine with {@code @NotNull}. Messages come from {@code
 * ContributorValidationMessages} (English, Dutch, French), state the rule, and never interpolate
 * the validated value.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.core.validation;
