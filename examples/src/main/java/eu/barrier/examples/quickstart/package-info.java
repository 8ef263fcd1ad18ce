/** The quick-start example shown in the README. */
package eu.barrier.examples.quickstart;
