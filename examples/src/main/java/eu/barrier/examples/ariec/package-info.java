/** ARIEC round trip: signal report, information request and response, sealed, opened and audited. */
package eu.barrier.examples.ariec;
