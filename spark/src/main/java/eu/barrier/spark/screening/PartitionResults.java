package eu.barrier.spark.screening;

import eu.barrier.core.json.BarrierJson;
import eu.barrier.indicators.scoring.Assessment;
import eu.barrier.screening.Reason;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResults;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What a screening task sends to the driver, as plain byte arrays (a task's result of byte arrays
 * travels as their bytes, without Spark's row format, its compression or a conversion to rows on
 * the driver). A partition sends one head (its counts by level and its matched subjects) and then
 * its kept establishments in chunks of about {@link #CHUNK_BYTES}: per establishment its rank key,
 * its document entry and its table row.
 *
 * <p>Only this class writes and reads the format, in the same job (tasks and driver run the same
 * jar); it is never stored.
 */
final class PartitionResults {

  /**
   * About how many bytes of entries a chunk holds before the next one starts. Small on purpose: the
   * G1 collector allocates an array of half a region or more (from 512 KiB with 1 MiB regions) as a
   * "humongous" object outside the young generation, and with 8 MiB chunks a screening task of the
   * scaling run spent about as long waiting on the collector as screening.
   */
  static final int CHUNK_BYTES = 256 << 10;

  private static final byte HEAD = 1;
  private static final byte KEPT = 2;

  private PartitionResults() {}

  /**
   * A kept establishment as the driver receives it: its entry and its table row stay in the chunk
   * that carried them (the driver holds the chunks, not a copy of every entry, and decodes a row
   * only when the table is asked for).
   */
  record Kept(String rankKey, byte[] chunk, int offset, int length, int rowOffset) {
    /** A copy of the entry's bytes. */
    byte[] entry() {
      return Arrays.copyOfRange(chunk, offset, offset + length);
    }

    /**
     * The table row without its rank: key, sector id, level id, leading catalogue, leading score,
     * reason indicator ids, last observed day and the entry's SHA-256.
     */
    Object[] row() {
      Reader in = new Reader(chunk, rowOffset);
      Object[] row = new Object[8];
      row[0] = in.text();
      row[1] = in.text();
      row[2] = in.text();
      if (in.flag()) {
        row[3] = in.text();
        row[4] = BigDecimal.valueOf(in.int64(), 3);
      }
      String[] reasons = new String[in.int32()];
      for (int i = 0; i < reasons.length; i++) {
        reasons[i] = in.text();
      }
      row[5] = reasons;
      if (in.flag()) {
        row[6] = java.sql.Date.valueOf(java.time.LocalDate.ofEpochDay(in.int64()));
      }
      row[7] = in.text();
      return row;
    }
  }

  /** The head: counts by level (ordinal of {@code Outcome}) and matched subjects. */
  static byte[] head(long[] counts, long matched) {
    Writer out = new Writer(16 + 8 * counts.length);
    out.int8(HEAD);
    out.int32(counts.length);
    for (long c : counts) {
      out.int64(c);
    }
    out.int64(matched);
    return out.toByteArray();
  }

  /** Writes kept establishments into one chunk. */
  static final class ChunkWriter {
    private final Writer out = new Writer(CHUNK_BYTES + (64 << 10));

    ChunkWriter() {
      out.int8(KEPT);
    }

    /**
     * Adds one kept establishment: its rank key, its entry and its table row (see {@link
     * Kept#row()}).
     */
    void add(String rankKey, ScreenedEstablishment e, ScreeningResults.Entry entry) {
      out.text(rankKey);
      byte[] bytes = entry.bytes();
      out.int32(bytes.length);
      out.bytes(bytes);
      out.text(e.key());
      out.text(BarrierJson.enumId(e.sector()));
      out.text(e.level().id());
      Optional<Assessment> leading = e.leading();
      out.flag(leading.isPresent());
      if (leading.isPresent()) {
        out.text(leading.get().provenance().catalogueId());
        out.int64(leading.get().scoreMilli());
      }
      List<Reason> reasons = e.reasons();
      out.int32(reasons.size());
      for (Reason r : reasons) {
        out.text(r.indicatorId());
      }
      out.flag(e.lastObserved().isPresent());
      e.lastObserved().ifPresent(d -> out.int64(d.toEpochDay()));
      out.text(entry.sha256());
    }

    /** Whether the chunk is full. */
    boolean full() {
      return out.size >= CHUNK_BYTES;
    }

    /** Whether the chunk holds no establishment. */
    boolean isEmpty() {
      return out.size == 1;
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }
  }

  /**
   * Reads one array a task sent: adds a head's counts to {@code counts} and returns its matched
   * subjects, or gives every kept establishment of a chunk to {@code kept} and returns 0.
   */
  static long read(byte[] part, long[] counts, Consumer<Kept> kept) {
    Reader in = new Reader(part, 0);
    byte kind = in.int8();
    if (kind == HEAD) {
      int n = in.int32();
      if (n != counts.length) {
        throw new IllegalStateException("a task counted another number of levels");
      }
      for (int i = 0; i < n; i++) {
        counts[i] += in.int64();
      }
      return in.int64();
    }
    if (kind != KEPT) {
      throw new IllegalStateException("not a screening task's result");
    }
    while (in.at < part.length) {
      String rankKey = in.text();
      int length = in.int32();
      int offset = in.skip(length);
      int rowOffset = in.at;
      in.skipRow();
      kept.accept(new Kept(rankKey, part, offset, length, rowOffset));
    }
    return 0;
  }

  /** Big-endian fields in a growing array; text as its UTF-8 length and bytes. Not synchronised. */
  private static final class Writer {
    private byte[] buf;
    private int size;

    Writer(int capacity) {
      buf = new byte[capacity];
    }

    private void room(int n) {
      if (buf.length - size < n) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
    }

    void int8(int v) {
      room(1);
      buf[size++] = (byte) v;
    }

    void flag(boolean v) {
      int8(v ? 1 : 0);
    }

    void int32(int v) {
      room(4);
      for (int shift = 24; shift >= 0; shift -= 8) {
        buf[size++] = (byte) (v >>> shift);
      }
    }

    void int64(long v) {
      room(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        buf[size++] = (byte) (v >>> shift);
      }
    }

    void bytes(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, size, b.length);
      size += b.length;
    }

    void text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      int32(b.length);
      bytes(b);
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, size);
    }
  }

  /** Reads what {@link Writer} wrote. */
  private static final class Reader {
    private final byte[] buf;
    private int at;

    Reader(byte[] buf, int at) {
      this.buf = buf;
      this.at = at;
    }

    byte int8() {
      return buf[at++];
    }

    boolean flag() {
      return int8() != 0;
    }

    int int32() {
      int v = 0;
      for (int i = 0; i < 4; i++) {
        v = v << 8 | (buf[at++] & 0xff);
      }
      return v;
    }

    long int64() {
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = v << 8 | (buf[at++] & 0xff);
      }
      return v;
    }

    /** Skips n bytes and returns where they start. */
    int skip(int n) {
      int start = at;
      at += n;
      return start;
    }

    String text() {
      int n = int32();
      return new String(buf, skip(n), n, StandardCharsets.UTF_8);
    }

    private void skipText() {
      skip(int32());
    }

    /** Skips a table row as {@link ChunkWriter#add} wrote it. */
    void skipRow() {
      skipText();
      skipText();
      skipText();
      if (flag()) {
        skipText();
        skip(8);
      }
      for (int n = int32(); n > 0; n--) {
        skipText();
      }
      if (flag()) {
        skip(8);
      }
      skipText();
    }
  }
}
