package eu.barrier.cli;

import eu.barrier.core.CoreError;
import eu.barrier.core.output.OutputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
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

  /**
   * Checks an output directory whose file names are not known in advance (a KBO extract folder, a
   * demo database): it may not be a file, and it must be empty or absent unless {@code force}.
   */
  static void checkDirectory(CommandLine.Model.CommandSpec spec, Path directory, String option, boolean force) {
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw ExchangeFiles.usage(spec, new OutputException(CoreError.OUTPUT_NOT_REGULAR_FILE,
          option + " DIR exists and is not a directory", null).getMessage());
    }
    if (!force && Files.isDirectory(directory)) {
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw ExchangeFiles.usage(spec, new OutputException(CoreError.OUTPUT_EXISTS,
              option + " DIR holds files; give --force to replace them", null).getMessage());
        }
      } catch (IOException e) {
        throw ExchangeFiles.usage(spec, option + " DIR cannot be listed (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /**
   * Moves what a library wrote into {@code staged} (a file, or a folder of files) to {@code target}
   * under the policy, one file at a time (temporary file, forced, renamed), then deletes {@code
   * staged}. The caller checked {@code target} before the work ({@link #check}, {@link
   * #checkDirectory}).
   */
  static void publish(CommandLine.Model.CommandSpec spec, Path staged, Path target, String option, Access access) {
    try {
      if (Files.isDirectory(staged)) {
        List<Path> files;
        try (Stream<Path> entries = Files.list(staged)) {
          files = entries.sorted().toList();
        }
        for (Path f : files) {
          write(spec, target.resolve(f.getFileName().toString()), out -> Files.copy(f, out), option, true, access);
          Files.delete(f);
        }
      } else {
        write(spec, target, out -> Files.copy(staged, out), option, true, access);
      }
      Files.deleteIfExists(staged);
    } catch (IOException e) {
      throw ExchangeFiles.usage(spec, option + " could not be written (" + e.getClass().getSimpleName() + ")");
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
