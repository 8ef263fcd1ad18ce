package eu.barrier.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The one output policy of the command line (issue 16): an existing file is never replaced
 * without {@code --force}; an output never names a file the command reads; content goes to a
 * temporary file in the target's directory, is forced to the storage device and then renamed over
 * the target, so a failed write never leaves a half-written or emptied file; secret and decrypted
 * outputs are readable by their owner only (POSIX 600) where the file system supports it. An
 * output that exists and is not a regular file (a device such as {@code /dev/full}, a FIFO, a
 * directory) is refused before anything is done.
 *
 * <p>Every refusal is a usage error (exit 2) naming the option, never the path.
 */
final class OutputFiles {

  /** Who may read an output file. */
  enum Access {
    /** Readable by others (POSIX 644): public keys, messages, reports. */
    SHARED,
    /** Readable by the owner only (POSIX 600): keys files and decrypted payloads. */
    OWNER_ONLY
  }

  private OutputFiles() {}

  /**
   * Checks an output before any work is done whose result it would receive: that it is not one of
   * {@code inputs}, that it does not exist unless {@code force}, and that it is a regular file if it
   * exists.
   */
  static void check(CommandLine.Model.CommandSpec spec, Path file, String option, boolean force, Path... inputs) {
    Objects.requireNonNull(file, "file");
    for (Path input : inputs) {
      if (input != null && sameFile(file, input)) {
        throw ExchangeFiles.usage(spec, option + " FILE is also an input of this command; write to another file");
      }
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw ExchangeFiles.usage(spec, option + " FILE exists and is not a regular file (a directory, pipe or device)");
      }
      if (!force) {
        throw ExchangeFiles.usage(spec, option + " FILE exists; give --force to replace it");
      }
    }
  }

  /**
   * Writes an output under the policy: {@link #check}, then a temporary file in the same
   * directory, forced to the device, renamed over the target.
   */
  static void write(CommandLine.Model.CommandSpec spec, Path file, byte[] content, String option, boolean force,
      Access access, Path... inputs) {
    check(spec, file, option, force, inputs);
    try {
      writeAtomically(file, content, access);
    } catch (IOException e) {
      throw ExchangeFiles.usage(spec, "cannot write " + option + " FILE: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Writes {@code content} to a temporary file next to {@code file}, forces it to the device and
   * renames it over {@code file}; the temporary file is removed if anything fails.
   *
   * @throws IOException if any step fails; {@code file} is then unchanged
   */
  static void writeAtomically(Path file, byte[] content, Access access) throws IOException {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      Files.createDirectories(parent);
    }
    // createTempFile makes the file owner-only on POSIX file systems
    Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          ch.write(buffer);
        }
        ch.force(true);
      }
      boolean posix = tmp.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (posix) {
        Files.setPosixFilePermissions(tmp,
            PosixFilePermissions.fromString(access == Access.OWNER_ONLY ? "rw-------" : "rw-r--r--"));
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncDirectory(parent);
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** The same as {@link #writeAtomically} for use inside a delivery: failures are unchecked. */
  static void writeAtomicallyUnchecked(Path file, byte[] content, Access access) {
    try {
      writeAtomically(file, content, access);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the rename durable where the platform allows opening a directory; best effort elsewhere. */
  private static void syncDirectory(Path directory) {
    if (directory == null) {
      return;
    }
    try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // not every platform can open or force a directory; the file itself was forced
    }
  }

  private static boolean sameFile(Path output, Path input) {
    try {
      if (Files.exists(output) && Files.exists(input)) {
        return Files.isSameFile(output, input);
      }
    } catch (IOException e) {
      // fall through to comparing the paths as written
    }
    return output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
  }

  /** Bytes of a text output. */
  static byte[] utf8(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A copy with one final line feed. */
  static byte[] withNewline(byte[] bytes) {
    byte[] b = Arrays.copyOf(bytes, bytes.length + 1);
    b[bytes.length] = '\n';
    return b;
  }
}
