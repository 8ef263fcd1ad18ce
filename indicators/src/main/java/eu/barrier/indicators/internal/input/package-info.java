/** The binding records of the assess input document; opened to Jackson and Hibernate Validator. */
package eu.barrier.indicators.internal.input;
