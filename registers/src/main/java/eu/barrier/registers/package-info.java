/**
 * What every register reader shares: the error codes {@link eu.barrier.registers.RegistersError},
 * the one failure type {@link eu.barrier.registers.RegisterFormatException} and the problems it and
 * the reports list, {@link eu.barrier.registers.RegisterProblem}.
 *
 * <p>Problems name a file, a line (or a JSON Pointer) and a rule, never a value: register rows
 * about sole traders hold personal data.
 */
package eu.barrier.registers;
