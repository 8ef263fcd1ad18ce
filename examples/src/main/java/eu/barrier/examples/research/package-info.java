/** Research: comparing two indicator sets on synthetic data with known ground truth. */
package eu.barrier.examples.research;
