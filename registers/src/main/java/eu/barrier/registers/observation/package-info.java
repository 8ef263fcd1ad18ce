/**
 * Observations from municipal exports: the CSV columns {@code subject,indicator,observedOn,source,grading} and the JSON form.
 */
package eu.barrier.registers.observation;
