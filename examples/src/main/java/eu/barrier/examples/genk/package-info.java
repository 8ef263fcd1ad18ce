/** Genk: screening hand carwashes with signals from the permit desk, the population register and local police. */
package eu.barrier.examples.genk;
