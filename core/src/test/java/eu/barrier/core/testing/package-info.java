/** Test helpers shared by the model tests: a validator without EL, synthetic identifiers. */
package eu.barrier.core.testing;
