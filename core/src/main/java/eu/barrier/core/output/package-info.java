/**
 * Writing output the same way everywhere: {@link eu.barrier.core.output.OutputFiles} never
 * replaces an existing file unless asked, never writes onto a file the same operation reads,
 * writes through a temporary file in the target's directory that is forced to the device and then
 * renamed over the target (so a failed write leaves the old file, never a half-written or emptied
 * one), and makes secret and decrypted outputs readable by their owner only. Every refusal is one
 * {@link eu.barrier.core.output.OutputException} with a {@code BARRIER-CORE-05xx} code that names
 * the output by a label the caller gives (an option such as {@code --out}), never by its path.
 */
package eu.barrier.core.output;
