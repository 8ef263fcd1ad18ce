package eu.barrier.cli;

import eu.barrier.core.output.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Adapts the library's one output policy ({@link eu.barrier.core.output.OutputFiles}, issue 16) to
 * the command line: {@code --force} is the policy's {@code replace}, and every refusal is a usage
 * error (exit 2) naming the option, never the path.
 */
final class OutputFiles {

  /** Who may read an output file. */
  enum Access {
    /** Readable by others (POSIX 644): public keys, messages, reports. */
    SHARED(eu.barrier.core.output.OutputFiles.Access.SHARED),
    /** Readable by the owner only (POSIX 600): keys files and decrypted payloads. */
    OWNER_ONLY(eu.barrier.core.output.OutputFiles.Access.OWNER_ONLY);

    final eu.barrier.core.output.OutputFiles.Access library;

    Access(eu.barrier.core.output.OutputFiles.Access library) {
      this.library = library;
    }
  }

  private OutputFiles() {}

  /**
   * Checks an output before any work is done whose result it would receive: that it is not one of
   * {@code inputs}, that it does not exist unless {@code force}, and that it is a regular file if it
   * exists.
   */
  static void check(CommandLine.Model.CommandSpec spec, Path file, String option, boolean force, Path... inputs) {
    try {
      eu.barrier.core.output.OutputFiles.check(file, option + " FILE", force, inputs);
    } catch (OutputException e) {
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** Checks every file a command writes into an output directory, as {@link #check}. */
  static void checkAll(CommandLine.Model.CommandSpec spec, Path directory, Iterable<String> names, String option,
      boolean force, Path... inputs) {
    try {
      eu.barrier.core.output.OutputFiles.checkAll(directory, names, option + " DIR", force, inputs);
    } catch (OutputException e) {
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** Writes an output under the policy: {@link #check}, then temporary file, forced, renamed. */
  static void write(CommandLine.Model.CommandSpec spec, Path file, byte[] content, String option, boolean force,
      Access access, Path... inputs) {
    try {
      eu.barrier.core.output.OutputFiles.write(file, content, option + " FILE", force, access.library, inputs);
    } catch (OutputException e) {
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** Streams an output under the policy: {@link #check}, then temporary file, forced, renamed. */
  static void write(CommandLine.Model.CommandSpec spec, Path file, eu.barrier.core.output.OutputFiles.Content content,
      String option, boolean force, Access access, Path... inputs) {
    try {
      eu.barrier.core.output.OutputFiles.write(file, content, option + " FILE", force, access.library, inputs);
    } catch (OutputException e) {
      throw ExchangeFiles.usage(spec, e.getMessage());
    }
  }

  /** Writes atomically without the checks, inside a delivery: failures are unchecked I/O errors. */
  static void writeAtomicallyUnchecked(Path file, byte[] content, Access access) {
    try {
      eu.barrier.core.output.OutputFiles.replace(file, content, access.library, "--out FILE");
    } catch (OutputException e) {
      throw new UncheckedIOException(new IOException(e.getMessage(), e));
    }
  }

  /** Bytes of a text output. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A copy with one final line feed. */
  static byte[] withNewline(byte[] bytes) {
    byte[] b = Arrays.copyOf(bytes, bytes.length + 1);
    b[bytes.length] = '\n';
    return b;
  }
}
