package eu.barrier.spark.screening;

import eu.barrier.indicators.scoring.Outcome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
      return java.util.Arrays.copyOfRange(chunk, offset, offset + length);
    }

    /** The table row, decoded. */
    Object[] row() {
      try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(chunk, rowOffset, chunk.length - rowOffset))) {
        Object[] row = new Object[8];
        row[0] = in.readUTF();
        row[1] = in.readUTF();
        row[2] = in.readUTF();
        row[3] = nullableText(in);
        if (in.readBoolean()) {
          long unscaled = in.readLong();
          row[4] = BigDecimal.valueOf(unscaled, in.readInt());
        }
        String[] reasons = new String[in.readInt()];
        for (int i = 0; i < reasons.length; i++) {
          reasons[i] = in.readUTF();
        }
        row[5] = reasons;
        if (in.readBoolean()) {
          row[6] = java.sql.Date.valueOf(java.time.LocalDate.ofEpochDay(in.readLong()));
        }
        row[7] = in.readUTF();
        return row;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The head: counts by level (ordinal of {@link Outcome}) and matched subjects. */
  static byte[] head(long[] counts, long matched) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 8 * counts.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(HEAD);
      out.writeInt(counts.length);
      for (long c : counts) {
        out.writeLong(c);
      }
      out.writeLong(matched);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes kept establishments into one chunk. */
  static final class ChunkWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(CHUNK_BYTES + (64 << 10));
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final ByteArrayOutputStream rowBytes = new ByteArrayOutputStream(512);
    private final DataOutputStream rowOut = new DataOutputStream(rowBytes);

    ChunkWriter() {
      bytes.write(KEPT);
    }

    /**
     * Adds one kept establishment.
     *
     * @param row its table row as {@code SparkScreening.row} gives it
     */
    void add(String rankKey, byte[] entry, Object[] row) {
      try {
        out.writeUTF(rankKey);
        out.writeInt(entry.length);
        out.write(entry);
        rowBytes.reset();
        rowOut.writeUTF((String) row[0]);
        rowOut.writeUTF((String) row[1]);
        rowOut.writeUTF((String) row[2]);
        nullableText(rowOut, (String) row[3]);
        BigDecimal score = (BigDecimal) row[4];
        rowOut.writeBoolean(score != null);
        if (score != null) {
          rowOut.writeLong(score.unscaledValue().longValueExact());
          rowOut.writeInt(score.scale());
        }
        String[] reasons = (String[]) row[5];
        rowOut.writeInt(reasons.length);
        for (String r : reasons) {
          rowOut.writeUTF(r);
        }
        java.sql.Date last = (java.sql.Date) row[6];
        rowOut.writeBoolean(last != null);
        if (last != null) {
          rowOut.writeLong(last.toLocalDate().toEpochDay());
        }
        rowOut.writeUTF((String) row[7]);
        out.writeInt(rowBytes.size());
        rowBytes.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Whether the chunk is full. */
    boolean full() {
      return bytes.size() >= CHUNK_BYTES;
    }

    /** Whether the chunk holds no establishment. */
    boolean isEmpty() {
      return bytes.size() == 1;
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  private static void nullableText(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static String nullableText(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  /**
   * Reads one array a task sent: adds a head's counts to {@code counts} and returns its matched
   * subjects, or gives every kept establishment of a chunk to {@code kept} and returns 0.
   */
  static long read(byte[] part, long[] counts, Consumer<Kept> kept) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(part))) {
      byte kind = in.readByte();
      if (kind == HEAD) {
        int n = in.readInt();
        if (n != counts.length) {
          throw new IllegalStateException("a task counted another number of levels");
        }
        for (int i = 0; i < n; i++) {
          counts[i] += in.readLong();
        }
        return in.readLong();
      }
      if (kind != KEPT) {
        throw new IllegalStateException("not a screening task's result");
      }
      while (in.available() > 0) {
        String rankKey = in.readUTF();
        int length = in.readInt();
        int offset = part.length - in.available();
        in.skipNBytes(length);
        int rowLength = in.readInt();
        int rowOffset = part.length - in.available();
        in.skipNBytes(rowLength);
        kept.accept(new Kept(rankKey, part, offset, length, rowOffset));
      }
      return 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of levels a head counts. */
  static int levels() {
    return Outcome.values().length;
  }
}
