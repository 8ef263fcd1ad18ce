package eu.barrier.core.input;

import eu.barrier.core.CoreError;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The one way Barrier reads a file or a stream it was given: regular files only, within an
 * explicit byte limit, text as UTF-8 without a byte-order mark.
 *
 * <ul>
 *   <li>A path must name a regular file (symbolic links are followed). A directory, FIFO, socket
 *       or device is refused before it is opened, so a FIFO without a writer cannot block the
 *       reader and {@code /dev/zero} is never read.
 *   <li>At most {@code maxBytes} bytes are ever loaded, whatever the file system reports as the
 *       size: a file that reports more is refused unopened, and a file or stream that delivers
 *       more is refused after {@code maxBytes + 1} bytes.
 *   <li>Text is UTF-8 without a byte-order mark and without NUL characters (so UTF-16 and UTF-32
 *       text is refused rather than guessed).
 * </ul>
 *
 * <p>Every refusal is an {@link InputException} naming the input by the caller's {@code name} (an
 * option such as {@code --input}, a file role such as {@code observations.json}), never by its
 * path or content. A file swapped for a FIFO between the check and the open can still block; that
 * needs write access to the directory and is outside what a reader can prevent.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InputFiles {

  private static final int BUFFER = 1 << 16;

  private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  private InputFiles() {}

  /**
   * Checks that a path names a regular file, without opening it.
   *
   * @param file the path
   * @param name how messages name the input
   * @return the file's reported size in bytes
   * @throws InputException {@link CoreError#INPUT_UNREADABLE} or {@link
   *     CoreError#INPUT_NOT_REGULAR_FILE}
   */
  public static long requireRegularFile(Path file, String name) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new InputException(CoreError.INPUT_UNREADABLE, name + " does not exist");
    } catch (IOException | SecurityException e) {
      throw new InputException(CoreError.INPUT_UNREADABLE, name + " cannot be opened (" + e.getClass().getSimpleName() + ")");
    }
    if (!attributes.isRegularFile()) {
      throw new InputException(CoreError.INPUT_NOT_REGULAR_FILE,
          name + " is a " + (attributes.isDirectory() ? "directory" : "pipe, socket or device"));
    }
    return attributes.size();
  }

  /**
   * Checks that a file of secrets (keys) grants no permission to its group or to
   * others, as OpenSSH does for private keys: a key that others could read must be replaced, not
   * used. Checked where the file system has POSIX permissions (following symbolic links); on
   * others, such as Windows file systems, nothing is checked and the operating system's access
   * control lists are the operator's to set.
   *
   * @param file the path
   * @param name how messages name the input
   * @throws InputException {@link CoreError#INPUT_OPEN_TO_OTHERS} if the group or others have any
   *     permission; {@link CoreError#INPUT_UNREADABLE} if the file or its permissions cannot be read
   */
  public static void requireOwnerOnly(Path file, String name) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(file);
    } catch (NoSuchFileException e) {
      throw new InputException(CoreError.INPUT_UNREADABLE, name + " does not exist");
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw new InputException(CoreError.INPUT_UNREADABLE,
          name + ": the file's permissions cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
      throw new InputException(CoreError.INPUT_OPEN_TO_OTHERS, name
          + " holds secrets but is open to its group or to others; make it readable by its owner only"
          + " (chmod 600) and replace the secrets if others may have read them");
    }
  }

  /**
   * Reads a file of secrets as text: a regular file ({@link #requireRegularFile}) that grants no
   * permission to its group or others ({@link #requireOwnerOnly}), checked before any byte is
   * read, then as {@link #readText}.
   *
   * @param file the file
   * @param maxBytes the most bytes to read
   * @param name how messages name the input
   * @return the text
   * @throws InputException as {@link #requireRegularFile}, {@link #requireOwnerOnly} and {@link
   *     #readText}
   */
  public static String readSecretText(Path file, long maxBytes, String name) {
    requireRegularFile(file, name);
    requireOwnerOnly(file, name);
    return readText(file, maxBytes, name);
  }

  /**
   * Opens a regular file for streaming; the stream refuses to deliver more than {@code maxBytes}.
   *
   * @param file the file
   * @param maxBytes the most bytes to read; {@link Long#MAX_VALUE} for no limit (streaming readers
   *     whose memory does not grow with the input)
   * @param name how messages name the input
   * @return the stream; the caller closes it. Reading past the limit throws {@link InputException}
   *     with {@link CoreError#INPUT_TOO_LARGE}
   * @throws InputException if the file is not a regular file, reports more than {@code maxBytes},
   *     or cannot be opened
   */
  public static InputStream open(Path file, long maxBytes, String name) {
    long size = requireRegularFile(file, name);
    requireLimit(maxBytes);
    if (size > maxBytes) {
      throw tooLarge(name, maxBytes);
    }
    try {
      return bounded(Files.newInputStream(file), maxBytes, name);
    } catch (IOException | SecurityException e) {
      throw new InputException(CoreError.INPUT_UNREADABLE, name + " cannot be opened (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Wraps a stream so that it refuses to deliver more than {@code maxBytes}.
   *
   * @param in the stream, for example standard input
   * @param maxBytes the most bytes to deliver
   * @param name how messages name the input
   * @return the bounded stream; closing it closes {@code in}
   */
  public static InputStream bounded(InputStream in, long maxBytes, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    requireLimit(maxBytes);
    return new Bounded(in, maxBytes, name);
  }

  /**
   * Reads a whole regular file of at most {@code maxBytes}.
   *
   * @param file the file
   * @param maxBytes the most bytes to load
   * @param name how messages name the input
   * @return the bytes
   * @throws InputException if the file is missing, not a regular file, larger than the limit or
   *     fails while read
   */
  public static byte[] read(Path file, long maxBytes, String name) {
    try (InputStream in = open(file, maxBytes, name)) {
      return readAll(in, maxBytes, name);
    } catch (IOException e) {
      throw new InputException(CoreError.INPUT_IO, name + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * Reads a stream to its end, loading at most {@code maxBytes}; the stream is not closed.
   *
   * @param in the stream, for example standard input
   * @param maxBytes the most bytes to load
   * @param name how messages name the input
   * @return the bytes
   * @throws InputException if the stream delivers more than the limit or fails
   */
  public static byte[] read(InputStream in, long maxBytes, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    requireLimit(maxBytes);
    return readAll(in, maxBytes, name);
  }

  /**
   * Reads a whole regular file of at most {@code maxBytes} as UTF-8 text (see {@link #text}).
   *
   * @param file the file
   * @param maxBytes the most bytes to load
   * @param name how messages name the input
   * @return the text
   * @throws InputException as {@link #read(Path, long, String)}, or {@link
   *     CoreError#INPUT_ENCODING}
   */
  public static String readText(Path file, long maxBytes, String name) {
    return text(read(file, maxBytes, name), name);
  }

  /**
   * Decodes UTF-8 text, refusing a byte-order mark, malformed UTF-8 and NUL characters.
   *
   * @param bytes the text
   * @param name how messages name the input
   * @return the text
   * @throws InputException with {@link CoreError#INPUT_ENCODING}
   */
  public static String text(byte[] bytes, String name) {
    requireText(bytes, name);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Checks that bytes are UTF-8 text without a byte-order mark or NUL characters.
   *
   * @param bytes the text
   * @param name how messages name the input
   * @throws InputException with {@link CoreError#INPUT_ENCODING}
   */
  public static void requireText(byte[] bytes, String name) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    String problem = Utf8.check(bytes);
    if (problem != null) {
      throw new InputException(CoreError.INPUT_ENCODING, name + ": " + problem);
    }
  }

  /**
   * Wraps a stream so that it refuses anything but UTF-8 text without a byte-order mark or NUL
   * characters, failing with {@link CoreError#INPUT_ENCODING} at the first bad byte.
   *
   * @param in the stream
   * @param name how messages name the input
   * @return the checking stream; closing it closes {@code in}
   */
  public static InputStream utf8(InputStream in, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    return new Utf8Checking(in, name);
  }

  private static byte[] readAll(InputStream in, long maxBytes, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    try {
      while (true) {
        int want = want(buffer.length, maxBytes - total);
        int n = in.read(buffer, 0, want);
        if (n < 0) {
          return out.toByteArray();
        }
        total += n;
        if (total > maxBytes) {
          throw tooLarge(name, maxBytes);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new InputException(CoreError.INPUT_IO, name + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** How many bytes to ask for: at most {@code len}, and at most one past the {@code remaining} ones. */
  private static int want(int len, long remaining) {
    return remaining >= len ? len : (int) (remaining + 1);
  }

  static InputException tooLarge(String name, long maxBytes) {
    return new InputException(CoreError.INPUT_TOO_LARGE, name + " is larger than " + maxBytes + " bytes");
  }

  private static void requireLimit(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be at least 0");
    }
  }

  /** Counts bytes and refuses the first one past the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private final String name;
    private long count;

    Bounded(InputStream in, long max, String name) {
      super(in);
      this.max = max;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      // ask for at most one byte past the limit, so that more is never loaded
      int n = super.read(b, off, len == 0 ? 0 : want(len, max - count));
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, max - count < Long.MAX_VALUE ? max - count + 1 : Long.MAX_VALUE));
      if (skipped > 0) {
        count(skipped);
      }
      return skipped;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw tooLarge(name, max);
      }
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** Checks UTF-8 as bytes pass. */
  private static final class Utf8Checking extends FilterInputStream {
    private final Utf8 check = new Utf8();
    private final String name;

    Utf8Checking(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        if (!check.finish()) {
          throw new InputException(CoreError.INPUT_ENCODING, name + ": " + check.problem());
        }
        return n;
      }
      if (!check.accept(b, off, off + n)) {
        throw new InputException(CoreError.INPUT_ENCODING, name + ": " + check.problem());
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, n))];
      long skipped = 0;
      while (skipped < n) {
        int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
        if (r < 0) {
          break;
        }
        skipped += r;
      }
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
