package eu.barrier.core.output;

import eu.barrier.core.CoreError;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The one way Barrier writes a file (issue 16): an existing file is replaced only when the caller
 * says so ({@code replace}, a command line's {@code --force}); an output never names a file the
 * same operation reads (also through a hard or symbolic link); content goes to a temporary file in
 * the target's directory, is forced to the storage device and then renamed over the target, so a
 * failed write leaves the old file, never a half-written or emptied one; {@link
 * Access#OWNER_ONLY} outputs (keys, secrets, decrypted payloads) are readable by their owner only
 * (POSIX 600) where the file system supports it. An output that exists and is not a regular file
 * (a device such as {@code /dev/full}, a FIFO, a directory) is refused before anything is written.
 *
 * <p>Every refusal is an {@link OutputException} naming the output by the caller's {@code name},
 * never by its path. A check followed later by a write (as a command does before long work) can
 * race with another process creating the file; the rename then replaces it, which needs write
 * access to the directory and is outside what a writer can prevent.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class OutputFiles {

  /** Who may read an output file. */
  public enum Access {
    /** Readable by others (POSIX 644): public keys, messages, reports. */
    SHARED,
    /** Readable by the owner only (POSIX 600): keys files, secrets and decrypted payloads. */
    OWNER_ONLY
  }

  /** Writes the content of an output to a stream. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the content.
     *
     * @param out the temporary file's stream; do not close it
     * @throws IOException if writing fails; the target is then unchanged
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Checks an output before any work is done whose result it would receive.
   *
   * @param file the output
   * @param name how messages name the output, such as {@code --out}
   * @param replace whether an existing regular file may be replaced
   * @param inputs the files the same operation reads; {@code null} entries are ignored
   * @throws OutputException {@link CoreError#OUTPUT_IS_INPUT}, {@link CoreError#OUTPUT_EXISTS} or
   *     {@link CoreError#OUTPUT_NOT_REGULAR_FILE}
   */
  public static void check(Path file, String name, boolean replace, Path... inputs) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    for (Path input : inputs) {
      if (input != null && sameFile(file, input)) {
        throw new OutputException(CoreError.OUTPUT_IS_INPUT,
            name + " is also an input of this operation; write to another file", null);
      }
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file)) {
      if (!Files.isRegularFile(file)) {
        throw new OutputException(CoreError.OUTPUT_NOT_REGULAR_FILE,
            name + " exists and is not a regular file (a directory, pipe or device)", null);
      }
      if (!replace) {
        throw new OutputException(CoreError.OUTPUT_EXISTS, name + " exists; give --force to replace it", null);
      }
    }
  }

  /**
   * Checks every file an operation would write into a directory: none may exist unless {@code
   * replace}, and none may be one of the inputs.
   *
   * @param directory the output directory (it need not exist)
   * @param names the file names the operation writes into it
   * @param name how messages name the output, such as {@code --out}
   * @param replace whether existing regular files may be replaced
   * @param inputs the files the same operation reads
   * @throws OutputException as {@link #check}
   */
  public static void checkAll(Path directory, Iterable<String> names, String name, boolean replace, Path... inputs) {
    Objects.requireNonNull(directory, "directory");
    if (Files.exists(directory) && !Files.isDirectory(directory)) {
      throw new OutputException(CoreError.OUTPUT_NOT_REGULAR_FILE, name + " exists and is not a directory", null);
    }
    for (String file : names) {
      check(directory.resolve(file), name, replace, inputs);
    }
  }

  /**
   * Writes an output under the policy: {@link #check}, then {@link #replace(Path, byte[], Access,
   * String)}.
   *
   * @param file the output
   * @param content the bytes
   * @param name how messages name the output
   * @param replace whether an existing regular file may be replaced
   * @param access who may read the file
   * @param inputs the files the same operation reads
   * @throws OutputException if the policy refuses the output or writing fails
   */
  public static void write(Path file, byte[] content, String name, boolean replace, Access access, Path... inputs) {
    Objects.requireNonNull(content, "content");
    write(file, out -> out.write(content), name, replace, access, inputs);
  }

  /**
   * Streams an output under the policy: {@link #check}, then a temporary file in the same
   * directory that {@code content} fills, forced to the device, renamed over the target.
   *
   * @param file the output
   * @param content what to write
   * @param name how messages name the output
   * @param replace whether an existing regular file may be replaced
   * @param access who may read the file
   * @param inputs the files the same operation reads
   * @throws OutputException if the policy refuses the output or writing fails; the target is then
   *     unchanged
   */
  public static void write(Path file, Content content, String name, boolean replace, Access access, Path... inputs) {
    check(file, name, replace, inputs);
    replace(file, content, access, name);
  }

  /**
   * Writes {@code content} to a temporary file next to {@code file}, forces it to the device and
   * renames it over {@code file}, without the existence and input checks of {@link #check}: for a
   * caller that made them before long work (such as opening a message, whose payload must be
   * durable before the message counts as consumed).
   *
   * @param file the output
   * @param content the bytes
   * @param access who may read the file
   * @param name how messages name the output
   * @throws OutputException with {@link CoreError#OUTPUT_IO} if any step fails; {@code file} is
   *     then unchanged and the temporary file removed
   */
  public static void replace(Path file, byte[] content, Access access, String name) {
    Objects.requireNonNull(content, "content");
    replace(file, out -> out.write(content), access, name);
  }

  /**
   * Streams {@code content} to a temporary file next to {@code file}, forces it and renames it over
   * {@code file}; see {@link #replace(Path, byte[], Access, String)}.
   *
   * @param file the output
   * @param content what to write
   * @param access who may read the file
   * @param name how messages name the output
   * @throws OutputException with {@link CoreError#OUTPUT_IO} if any step fails
   */
  public static void replace(Path file, Content content, Access access, String name) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(name, "name");
    try {
      writeAtomically(file, content, access);
    } catch (IOException | SecurityException e) {
      throw new OutputException(CoreError.OUTPUT_IO, name + " could not be written (" + e.getClass().getSimpleName()
          + "); an existing file is unchanged", e);
    }
  }

  private static void writeAtomically(Path file, Content content, Access access) throws IOException {
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
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        content.writeTo(new NonClosing(out));
        out.flush();
        ch.force(true);
      }
      if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
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

  /** Makes the rename durable where the platform allows opening a directory; best effort elsewhere. */
  private static void syncDirectory(Path directory) {
    if (directory == null || !FileSystems.getDefault().equals(directory.getFileSystem())) {
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

  /** Keeps a content writer from closing the temporary file before it is forced. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
