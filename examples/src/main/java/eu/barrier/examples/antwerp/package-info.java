/**
 * Antwerp: a massage-salon permit application checked inside a vendor's permit flow, with
 * validation errors as RFC 9457 problem details, the assessment shown to the official, and the
 * decision recorded by a human.
 */
package eu.barrier.examples.antwerp;
