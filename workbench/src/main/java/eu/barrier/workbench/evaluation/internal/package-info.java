/**
 * Internal parts of evaluations: the binding records of the labelled input document (opened to
 * Jackson and Hibernate Validator) and a JSON string writer. Not exported; not API.
 */
package eu.barrier.workbench.evaluation.internal;
