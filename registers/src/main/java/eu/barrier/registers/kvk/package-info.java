/**
 * Readers for the JSON of the KvK <em>Vestigingsprofiel</em> API (Dutch trade register).
 */
package eu.barrier.registers.kvk;
