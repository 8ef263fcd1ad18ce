/**
 * Internal helpers of the register readers: the CSV layer on FastCSV, primitive-keyed maps, and
 * parsing of KBO numbers and dates. Not exported; may change at any time.
 */
package eu.barrier.registers.internal;
