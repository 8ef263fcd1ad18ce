/**
 * Reading input the same way everywhere: {@link eu.barrier.core.input.InputFiles} reads regular
 * files and streams within an explicit byte limit (a directory, pipe or device is refused before
 * it is opened, and no more than the limit is ever loaded, whatever the file system reports as its
 * size), checks that text is UTF-8 without a byte-order mark, and {@link
 * eu.barrier.core.input.InputLines} splits a stream into bounded lines. Every refusal is one
 * {@link eu.barrier.core.input.InputException} with a {@code BARRIER-CORE-04xx} code that names
 * the input by a label the caller gives (an option, a file role), never by its content.
 */
package eu.barrier.core.input;
