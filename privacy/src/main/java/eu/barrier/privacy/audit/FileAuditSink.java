package eu.barrier.privacy.audit;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.spi.AuditSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Appends one JSON line per record to a file, forcing each write to the storage device. On {@link
 * #open} it reads the file's last line so an {@link AuditLog} continues the chain.
 */
public final class FileAuditSink implements AuditSink {

  private final Path file;
  private String last;

  private FileAuditSink(Path file, String last) {
    this.file = file;
    this.last = last;
  }

  /**
   * Opens (or prepares to create) an audit log file.
   *
   * @param file the file; created on the first append if absent
   * @return the sink
   * @throws AuditException with {@link PrivacyError#AUDIT_IO} if the file cannot be read, or
   *     {@link PrivacyError#AUDIT_RESUME} if its last line is not a valid entry
   */
  public static FileAuditSink open(Path file) {
    Objects.requireNonNull(file, "file");
    String lastLine;
    try {
      lastLine = Files.exists(file) ? lastLine(file) : null;
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "reading the audit log", e);
    }
    if (lastLine != null) {
      AuditRecord last = AuditRecord.parseLine(lastLine);
      if (!last.hashMatches()) {
        throw new AuditException(PrivacyError.AUDIT_RESUME, "the last entry does not match its hash");
      }
    }
    return new FileAuditSink(file, lastLine);
  }

  /** Reads the last non-empty line by scanning back from the end; the file must end in '\n'. */
  private static String lastLine(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long len = raf.length();
      if (len == 0) {
        return null;
      }
      raf.seek(len - 1);
      if (raf.read() != '\n') {
        throw new AuditException(PrivacyError.AUDIT_RESUME, "the audit log does not end with a line feed");
      }
      long pos = len - 2;
      ByteArrayOutputStream reversed = new ByteArrayOutputStream();
      while (pos >= 0) {
        raf.seek(pos);
        int b = raf.read();
        if (b == '\n') {
          break;
        }
        reversed.write(b);
        if (reversed.size() > 64 * 1024) {
          throw new AuditException(PrivacyError.AUDIT_RESUME, "the last line is too long");
        }
        pos--;
      }
      byte[] r = reversed.toByteArray();
      for (int i = 0, j = r.length - 1; i < j; i++, j--) {
        byte t = r[i];
        r[i] = r[j];
        r[j] = t;
      }
      return new String(r, StandardCharsets.UTF_8);
    }
  }

  @Override
  public synchronized void append(String record) {
    Objects.requireNonNull(record, "record");
    byte[] line = (record + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(false);
    } catch (IOException e) {
      throw new AuditException(PrivacyError.AUDIT_IO, "writing an entry", e);
    }
    last = record;
  }

  @Override
  public synchronized Optional<String> lastLine() {
    return Optional.ofNullable(last);
  }

  @Override
  public String toString() {
    return "FileAuditSink";
  }
}
