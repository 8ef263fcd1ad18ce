package eu.barrier.privacy.audit;

import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.FileLocks;
import eu.barrier.privacy.spi.AuditSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Appends one JSON line per record to a file, forcing each write to the storage device.
 *
 * <p>Every append takes an exclusive lock on the file (a JVM-wide lock per file, then {@link
 * FileChannel#lock()}, which other processes on the same machine respect), re-reads the last line
 * under it, computes the next entry from that line and appends it. So any number of threads,
 * {@link AuditLog}s and processes that append to one file produce one valid chain. Lock conflicts
 * and I/O failures are {@link AuditException}s with {@link PrivacyError#AUDIT_IO}; an unreadable
 * last line is {@link PrivacyError#AUDIT_RESUME}. File locks on network file systems are only as
 * good as the file system's: keep audit logs on a local disk.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FileAuditSink implements AuditSink {

  private static final int MAX_LINE = 64 * 1024;

  private final Path file;

  private FileAuditSink(Path file) {
    this.file = file;
  }

  /**
   * Opens an audit log file for appending, creating it (empty) if absent, and checks its last
   * line. Everything the first append needs is checked here: a log that cannot be written fails
   * when it is opened, never at the first event it should have recorded.
   *
   * @param file the file; created empty if absent. Its directory must exist
   * @return the sink
   * @throws AuditException with {@link PrivacyError#AUDIT_IO} if the directory does not exist, the
   *     path is not a regular file, or the file cannot be created, read or written, or {@link
   *     PrivacyError#AUDIT_RESUME} if its last line is not a valid entry
   */
  public static FileAuditSink open(Path file) {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new AuditException(PrivacyError.AUDIT_IO, "the directory of the audit log does not exist");
    }
    FileAuditSink sink = new FileAuditSink(file);
    sink.requireRegularFileIfPresent();
    // open for writing now (creating it if absent), as the first append would
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      ch.size();
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "the audit log cannot be created or written ("
          + e.getClass().getSimpleName() + ")");
    }
    if (Files.exists(file)) {
      sink.lastLine().ifPresent(line -> {
        AuditRecord last = AuditRecord.parseLine(line);
        if (!last.hashMatches()) {
          throw new AuditException(PrivacyError.AUDIT_RESUME, "the last entry does not match its hash");
        }
      });
    }
    return sink;
  }

  @Override
  public String appendNext(Function<Optional<String>, String> next) {
    Objects.requireNonNull(next, "next");
    try {
      return FileLocks.exclusive(file, () -> {
        requireRegularFileIfPresent();
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }, ch -> {
        String line = next.apply(Optional.ofNullable(lastLine(ch)));
        if (line.indexOf('\n') >= 0 || line.length() > MAX_LINE) {
          throw new IllegalArgumentException("an audit line has no line feed and at most 64 KiB");
        }
        ByteBuffer buf = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        ch.position(ch.size());
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(false);
        return line;
      });
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "locking or writing the audit log (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  @Override
  public Optional<String> lastLine() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(FileLocks.exclusive(file, () -> {
        requireRegularFileIfPresent();
        return FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }, FileAuditSink::lastLine));
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "locking or reading the audit log (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  private void requireRegularFileIfPresent() {
    if (Files.exists(file)) {
      try {
        InputFiles.requireRegularFile(file, "the audit log");
      } catch (InputException e) {
        throw new AuditException(PrivacyError.AUDIT_IO, e.getMessage());
      }
    }
  }

  /** Reads the last line by scanning back from the end; the file must end in '\n'. */
  private static String lastLine(FileChannel ch) throws IOException {
    long len = ch.size();
    if (len == 0) {
      return null;
    }
    if (byteAt(ch, len - 1) != '\n') {
      throw new AuditException(PrivacyError.AUDIT_RESUME, "the audit log does not end with a line feed");
    }
    long end = len - 1;
    long start = end;
    ByteBuffer chunk = ByteBuffer.allocate(4096);
    scan:
    while (start > 0) {
      int n = (int) Math.min(chunk.capacity(), start);
      chunk.clear().limit(n);
      long from = start - n;
      while (chunk.hasRemaining() && ch.read(chunk, from + chunk.position()) >= 0) {
        // read the chunk fully
      }
      for (int i = n - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          start = from + i + 1;
          break scan;
        }
      }
      start = from;
      if (end - start > MAX_LINE) {
        throw new AuditException(PrivacyError.AUDIT_RESUME, "the last line is too long");
      }
    }
    if (end - start > MAX_LINE) {
      throw new AuditException(PrivacyError.AUDIT_RESUME, "the last line is too long");
    }
    ByteBuffer line = ByteBuffer.allocate((int) (end - start));
    while (line.hasRemaining() && ch.read(line, start + line.position()) >= 0) {
      // read fully
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(line.array(), 0, line.position());
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int byteAt(FileChannel ch, long pos) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    if (ch.read(one, pos) != 1) {
      throw new IOException("short read");
    }
    return one.get(0);
  }

  @Override
  public String toString() {
    return "FileAuditSink";
  }
}
