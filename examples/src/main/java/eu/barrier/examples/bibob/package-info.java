/**
 * A Dutch Bibob case for an operating permit: the LBB advice with its term, extension and
 * questions, the intention and the hearing, a disclosure to the RIEC, and a person's decision.
 */
package eu.barrier.examples.bibob;
