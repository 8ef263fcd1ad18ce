/**
 * Implementation of the catalogue loader: the strict JSON reader, the built-in index and the
 * protected-term lists; and the rules and problem summaries the input readers share. Not
 * exported; not API.
 */
package eu.barrier.indicators.internal;
