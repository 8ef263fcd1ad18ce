package eu.barrier.privacy.envelope;

import eu.barrier.privacy.PrivacyError;
import eu.barrier.privacy.internal.FileLocks;
import eu.barrier.privacy.spi.ReplayStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * A {@link ReplayStore} in a small text file, so that replays are caught across processes and
 * restarts (the {@code barrier envelope open --replay-store FILE} option uses it).
 *
 * <p>Format {@value #FORMAT} (UTF-8, one entry per line, documented in {@code
 * docs/exchange-envelope.md}):
 *
 * <pre>
 * barrier-replay-store/1
 * 2026-12-05T10:01:00Z ariec-limburg 0d9f6c1e-7c2b-4f6e-9f47-3c1f0e6b2a11
 * </pre>
 *
 * <p>Each line is the instant until which the id is kept, the recipient party id and the message
 * id. Every {@link #deliverOnce} locks the file (a JVM-wide lock per file, then {@link
 * FileChannel#lock()}, so threads, several stores on one file and concurrent processes on one
 * machine are serialised, and a lock conflict is never a raw {@code OverlappingFileLockException}), reads it, drops entries whose keep-until instant has passed,
 * delivers and adds the new id if absent, and rewrites the file, forced to the storage device. The file holds
 * message ids and party ids only, never content. At most {@value #MAX_ENTRIES} live entries.
 *
 * <p>Fails closed: a file that cannot be read or written, or that is not in the format, gives an
 * {@link EnvelopeException} with {@link PrivacyError#REPLAY_STORE}, and {@link Envelopes#open} does
 * not open the message. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FileReplayStore implements ReplayStore {

  /** The first line of the file. */
  public static final String FORMAT = "barrier-replay-store/1";

  /** The most live entries the file holds. */
  public static final int MAX_ENTRIES = 1_000_000;

  private final Path file;
  private final Clock clock;

  private FileReplayStore(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /**
   * Opens a store; the file is created on the first accepted message.
   *
   * @param file the store file
   * @param clock the clock that decides when ids may be dropped
   * @return the store
   */
  public static FileReplayStore open(Path file, Clock clock) {
    return new FileReplayStore(Objects.requireNonNull(file, "file"), Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public synchronized boolean deliverOnce(String recipient, UUID messageId, Instant keepUntil, Runnable delivery) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(keepUntil, "keepUntil");
    if (recipient.isEmpty() || recipient.chars().anyMatch(c -> c <= ' ')) {
      throw new IllegalArgumentException("recipient must be a party id");
    }
    requireRegularOrAbsent();
    try {
      return FileLocks.exclusive(file, () -> FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE), ch -> record(ch, recipient, messageId, keepUntil, delivery));
    } catch (IOException e) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "locking, reading or writing the replay store: "
          + e.getClass().getSimpleName());
    }
  }

  private boolean record(FileChannel ch, String recipient, UUID messageId, Instant keepUntil, Runnable delivery)
      throws IOException {
    Map<String, Instant> entries = read(ch);
    Instant now = clock.instant();
    entries.values().removeIf(until -> until.isBefore(now));
    String key = recipient + " " + messageId;
    boolean first = !entries.containsKey(key);
    if (first) {
      if (entries.size() >= MAX_ENTRIES) {
        throw new EnvelopeException(PrivacyError.REPLAY_STORE, "the replay store is full");
      }
      delivery.run(); // under the lock: no other opener can deliver the same message meanwhile
      entries.put(key, keepUntil);
    }
    write(ch, entries);
    return first;
  }

  /**
   * Returns how many ids the file holds now, expired ones included until the next write.
   *
   * @return the count
   */
  public synchronized int size() {
    requireRegularOrAbsent();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return read(ch).size();
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "reading the replay store: "
          + e.getClass().getSimpleName());
    }
  }

  /**
   * Refuses a store path that names a directory, FIFO or device before it is opened: opening a FIFO
   * without a writer blocks, and {@code /dev/zero} or {@code /dev/null} would record nothing, so
   * every replay would be accepted again.
   */
  private void requireRegularOrAbsent() {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    } catch (IOException e) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "reading the replay store: "
          + e.getClass().getSimpleName());
    }
    if (!attributes.isRegularFile()) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "the replay store is not a regular file");
    }
  }

  private static Map<String, Instant> read(FileChannel ch) throws IOException {
    long size = ch.size();
    if (size > 128L * (MAX_ENTRIES + 1)) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "the replay store is too large");
    }
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    ch.position(0);
    while (buf.hasRemaining() && ch.read(buf) >= 0) {
      // read fully
    }
    String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
    Map<String, Instant> entries = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return entries;
    }
    String[] lines = text.split("\n", -1);
    if (!lines[0].equals(FORMAT) || !lines[lines.length - 1].isEmpty()) {
      throw new EnvelopeException(PrivacyError.REPLAY_STORE, "line 1: expected " + FORMAT
          + " and a line feed after every line");
    }
    for (int i = 1; i < lines.length - 1; i++) {
      String[] parts = lines[i].split(" ", -1);
      Instant until;
      try {
        if (parts.length != 3 || parts[1].isEmpty()) {
          throw new IllegalArgumentException();
        }
        until = Instant.parse(parts[0]);
        UUID.fromString(parts[2]);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new EnvelopeException(PrivacyError.REPLAY_STORE, "line " + (i + 1) + ": expected KEEP-UNTIL PARTY MESSAGE-ID");
      }
      entries.put(parts[1] + " " + parts[2], until);
    }
    return entries;
  }

  private static void write(FileChannel ch, Map<String, Instant> entries) throws IOException {
    StringBuilder sb = new StringBuilder(FORMAT).append('\n');
    entries.forEach((key, until) -> sb.append(until).append(' ').append(key).append('\n'));
    ByteBuffer out = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
    ch.truncate(0);
    ch.position(0);
    while (out.hasRemaining()) {
      ch.write(out);
    }
    ch.force(true);
  }

  @Override
  public String toString() {
    return "FileReplayStore[" + FORMAT + "]";
  }
}
