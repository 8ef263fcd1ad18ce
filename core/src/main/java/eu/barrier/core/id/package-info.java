/**
 * Belgian and Dutch identifiers with their structure and check digits verified.
 *
 * <p>Start with {@link eu.barrier.core.id.IdentifierType} or a concrete class such as {@link
 * eu.barrier.core.id.BeEnterpriseNumber}: {@code parse(text)} accepts the common written forms
 * (dots, spaces, dashes, slashes; a {@code BE} prefix for enterprise numbers) and returns a value
 * whose {@code canonical()} form holds digits only; {@code isValid(text)} checks without throwing.
 * Bad input raises {@link eu.barrier.core.id.InvalidIdentifierException} and nothing else; its code
 * names the broken rule, and no message or {@code toString()} ever contains the digits.
 *
 * <p>Stability: experimental until 1.0.
 */
package eu.barrier.core.id;
