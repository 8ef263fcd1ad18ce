/**
 * KBO Open Data (Belgium): streaming reader, area filter, update extracts, the output document and a synthetic extract generator.
 *
 * <p>Start with {@link eu.barrier.registers.kbo.KboReader}.
 */
package eu.barrier.registers.kbo;
