package eu.barrier.registers.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import eu.barrier.core.input.InputException;
import eu.barrier.core.input.InputFiles;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Streams the rows of one CSV file (RFC 4180: comma, double quotes, {@code ""} inside quotes) with
 * FastCSV, without creating a {@code String} per field: each row's characters are copied into one
 * reusable buffer, and a field becomes a {@code String} only when asked for. An empty field is
 * empty whether written {@code ,,} or {@code ,"",}. LF and CRLF line ends are accepted. A byte
 * stream must be UTF-8 without a byte-order mark or NUL characters: anything else is a {@link
 * CsvSyntaxException} at the first bad byte (the rest of the file cannot be parsed).
 *
 * <p>Usage: {@link #header()} once, then {@link #next()} until it returns {@code false}. Not
 * thread-safe.
 */
public final class CsvRows implements Closeable {

  /** Longest row accepted, in characters; longer is a syntax error (an unclosed quote). */
  public static final int MAX_ROW_CHARS = 1 << 16;

  private final CsvReader<Row> reader;
  private final CloseableIterator<Row> rows;
  private Row row;

  // the filtered mode: rows are found by a quote-aware line scan, and only those the filter keeps
  // are parsed by FastCSV
  private final Reader source;
  private final RowFilter filter;
  private final Handler single = new Handler();
  private byte[] buf;
  private int pos;
  private int limit;
  private long lineNo;
  private long skipped;
  private boolean eof;

  /** Decides from a row's raw characters whether to parse it. */
  @FunctionalInterface
  public interface RowFilter {
    /**
     * Decides whether to parse a row, from its raw UTF-8 bytes (ASCII delimiters and digits read
     * the same in bytes as in characters).
     *
     * @param bytes the buffer
     * @param start where the row starts
     * @param end where it ends (exclusive, line end removed)
     * @param line the row's first line
     * @return {@code true} to parse it and return it from {@link #next()}
     */
    boolean keep(byte[] bytes, int start, int end, long line);
  }

  /**
   * Opens a UTF-8 stream in the filtered mode: rows the filter rejects are counted in {@link
   * #skipped()} and never parsed.
   *
   * @param in the stream; closed with this object
   * @param filter the filter
   * @return the rows
   */
  public static CsvRows filtered(InputStream in, RowFilter filter) {
    return new CsvRows(in, filter);
  }

  /**
   * Opens a UTF-8 stream in the filtered mode, asking the filter only when a row's first field
   * differs from the previous row's (the KBO files list an entity's rows together), for filters
   * that decide from the first field alone and keep no state.
   *
   * @param in the stream; closed with this object
   * @param filter the filter
   * @return the rows
   */
  public static CsvRows filteredByFirstField(InputStream in, RowFilter filter) {
    CsvRows rows = new CsvRows(in, filter);
    rows.byFirstField = true;
    return rows;
  }

  private boolean byFirstField;
  private final byte[] previous = new byte[32];
  private int previousLength = -1;
  private boolean previousDecision;

  private boolean decide(byte[] chars, int start, int end, long line) {
    if (!byFirstField) {
      return filter.keep(chars, start, end, line);
    }
    int len = 0;
    while (start + len < end && chars[start + len] != ',' && len < previous.length) {
      len++;
    }
    if (len == previousLength && len < previous.length) {
      boolean same = true;
      for (int k = 0; k < len; k++) {
        if (chars[start + k] != previous[k]) {
          same = false;
          break;
        }
      }
      if (same) {
        return previousDecision;
      }
    }
    previousDecision = filter.keep(chars, start, end, line);
    previousLength = len < previous.length ? len : -1;
    System.arraycopy(chars, start, previous, 0, len);
    return previousDecision;
  }

  private CsvRows(InputStream in, RowFilter filter) {
    this.reader = null;
    this.rows = null;
    this.source = null;
    this.bytesIn = InputFiles.utf8(in, "the CSV file");
    this.filter = filter;
    this.buf = new byte[1 << 16];
  }

  private final InputStream bytesIn;
  private boolean bomChecked;

  /**
   * Returns how many rows the filter rejected so far.
   *
   * @return the count
   */
  public long skipped() {
    return skipped;
  }

  /**
   * Finds a field of a raw row: its content's start and length, quotes removed (a doubled quote
   * inside is left as two characters).
   *
   * @param chars the buffer
   * @param start where the row starts
   * @param end where it ends
   * @param index the field index
   * @return {@code start << 32 | length}, or {@code -1} if the row has fewer fields
   */
  public static long fieldRange(byte[] chars, int start, int end, int index) {
    int i = start;
    for (int f = 0; f <= index; f++) {
      if (i > end) {
        return -1;
      }
      int s;
      int e;
      if (i < end && chars[i] == '"') {
        s = i + 1;
        int j = s;
        while (j < end) {
          if (chars[j] == '"') {
            if (j + 1 < end && chars[j + 1] == '"') {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        e = j;
        i = j + 1;
        while (i < end && chars[i] != ',') {
          i++;
        }
      } else {
        s = i;
        while (i < end && chars[i] != ',') {
          i++;
        }
        e = i;
      }
      if (f == index) {
        return ((long) s << 32) | (e - s);
      }
      i++;
    }
    return -1;
  }

  private static Reader decoder(InputStream in) {
    return new InputStreamReader(InputFiles.utf8(in, "the CSV file"), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private boolean nextFiltered(boolean all) {
    while (true) {
      int start = pos;
      int scan = pos;
      int quotes = 0;
      long rowLine = lineNo + 1;
      int end;
      while (true) {
        int j = scan;
        byte[] b = buf;
        int lim = limit;
        while (j < lim && b[j] != '\n') {
          j++;
        }
        for (int k = scan; k < j; k++) {
          quotes += b[k] == '"' ? 1 : 0;
        }
        if (j < lim) {
          lineNo++;
          if ((quotes & 1) == 0) {
            end = j;
            pos = j + 1;
            break;
          }
          scan = j + 1;
          continue;
        }
        // no line end in the buffer: keep the row's start, read more
        scan = j;
        if (eof) {
          if (start == limit) {
            return false;
          }
          if ((quotes & 1) != 0) {
            throw new CsvSyntaxException(rowLine);
          }
          end = limit;
          pos = limit;
          break;
        }
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, limit - start);
          limit -= start;
          scan -= start;
          start = 0;
        } else if (limit == buf.length) {
          if (buf.length >= MAX_ROW_CHARS * 8) {
            throw new CsvSyntaxException(rowLine);
          }
          buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = readBytes(buf, limit, buf.length - limit);
        if (n < 0) {
          eof = true;
        } else {
          limit += n;
          if (!bomChecked && limit >= 3) {
            bomChecked = true;
            if (buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
              start = 3;
              scan = Math.max(scan, 3);
            }
          }
        }
      }
      if (end > start && buf[end - 1] == '\r') {
        end--;
      }
      if (end == start) {
        continue;
      }
      if (end - start > MAX_ROW_CHARS * 4) {
        throw new CsvSyntaxException(rowLine);
      }
      if (!all && !decide(buf, start, end, rowLine)) {
        skipped++;
        continue;
      }
      char[] chars = new String(buf, start, end - start, StandardCharsets.UTF_8).toCharArray();
      row = split(chars, 0, chars.length, rowLine);
      row.line = rowLine;
      return true;
    }
  }

  private int readBytes(byte[] b, int off, int len) {
    try {
      return bytesIn.read(b, off, len);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InputException e) {
      // not UTF-8 without a byte-order mark: the rest of the file cannot be parsed
      throw new CsvSyntaxException(lineNo + 1);
    }
  }

  /**
   * Splits one row already isolated by the line scan (RFC 4180: a quoted field may hold commas,
   * line breaks and doubled quotes).
   */
  private Row split(char[] chars, int start, int end, long line) {
    Row r = single.row;
    r.line = line;
    r.count = 0;
    r.used = 0;
    int i = start;
    while (true) {
      if (r.count == r.start.length) {
        r.start = Arrays.copyOf(r.start, r.count * 2);
        r.length = Arrays.copyOf(r.length, r.count * 2);
      }
      if (r.used + (end - i) > r.chars.length) {
        r.chars = Arrays.copyOf(r.chars, Math.max(r.chars.length * 2, r.used + end - i));
      }
      int from = r.used;
      if (i < end && chars[i] == '"') {
        i++;
        while (true) {
          if (i >= end) {
            throw new CsvSyntaxException(line);
          }
          char c = chars[i];
          if (c == '"') {
            if (i + 1 < end && chars[i + 1] == '"') {
              r.chars[r.used++] = '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          r.chars[r.used++] = c;
          i++;
        }
        if (i < end && chars[i] != ',') {
          throw new CsvSyntaxException(line);
        }
      } else {
        while (i < end && chars[i] != ',') {
          r.chars[r.used++] = chars[i++];
        }
      }
      r.start[r.count] = from;
      r.length[r.count] = r.used - from;
      r.count++;
      if (i >= end) {
        return r;
      }
      i++;
    }
  }


  /**
   * Opens a UTF-8 stream.
   *
   * @param in the stream; closed with this object
   */
  public CsvRows(InputStream in) {
    this(decoder(in));
  }

  /**
   * Opens a character stream.
   *
   * @param in the reader; closed with this object
   */
  public CsvRows(Reader in) {
    this.source = null;
    this.bytesIn = null;
    this.filter = null;
    this.reader = CsvReader.builder()
        .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        .maxBufferSize(MAX_ROW_CHARS)
        .build(new Handler(), in);
    this.rows = reader.iterator();
  }

  /**
   * Reads the header row.
   *
   * @return the column names, or an empty list for an empty file
   * @throws CsvSyntaxException if the first row is not valid CSV
   */
  public List<String> header() {
    if (!(filter != null ? nextFiltered(true) : next())) {
      return List.of();
    }
    String[] names = new String[row.count];
    for (int i = 0; i < names.length; i++) {
      names[i] = field(i);
    }
    return Arrays.asList(names);
  }

  /**
   * Moves to the next row.
   *
   * @return {@code false} at the end of the file
   * @throws CsvSyntaxException if the rest of the file is not valid CSV (for example an unclosed
   *     quote); the line is where the broken row starts
   */
  public boolean next() {
    if (filter != null) {
      return nextFiltered(false);
    }
    try {
      if (!rows.hasNext()) {
        return false;
      }
      row = rows.next();
      return true;
    } catch (CsvParseException | InputException e) {
      throw new CsvSyntaxException(row == null ? 1 : row.line + 1);
    } catch (UncheckedIOException e) {
      throw e;
    }
  }

  /**
   * Returns the line where the current row starts (1-based; the header is line 1).
   *
   * @return the line
   */
  public long line() {
    return row.line;
  }

  /**
   * Returns the number of fields of the current row.
   *
   * @return the count
   */
  public int fieldCount() {
    return row.count;
  }

  /**
   * Returns whether a field is empty ({@code ,,} or {@code ,"",}).
   *
   * @param i the field index
   * @return {@code true} if empty
   */
  public boolean isEmpty(int i) {
    return row.length[i] == 0;
  }

  /**
   * Returns a field as a string.
   *
   * @param i the field index
   * @return the text, {@code ""} if empty
   */
  public String field(int i) {
    return new String(row.chars, row.start[i], row.length[i]);
  }

  /**
   * Returns a field as a string, or {@code null} if it is empty.
   *
   * @param i the field index
   * @return the text, or {@code null}
   */
  public String fieldOrNull(int i) {
    return row.length[i] == 0 ? null : field(i);
  }

  /**
   * Returns the characters of the current row (valid until {@link #next()}).
   *
   * @return the buffer
   */
  public char[] chars() {
    return row.chars;
  }

  /**
   * Returns where a field starts in {@link #chars()}.
   *
   * @param i the field index
   * @return the offset
   */
  public int start(int i) {
    return row.start[i];
  }

  /**
   * Returns the length of a field.
   *
   * @param i the field index
   * @return the length in characters
   */
  public int length(int i) {
    return row.length[i];
  }

  /**
   * Returns whether a field equals a text, without creating a string.
   *
   * @param i the field index
   * @param text the text
   * @return {@code true} if equal
   */
  public boolean fieldEquals(int i, String text) {
    int len = row.length[i];
    if (len != text.length()) {
      return false;
    }
    int s = row.start[i];
    for (int k = 0; k < len; k++) {
      if (row.chars[s + k] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    } else {
      bytesIn.close();
    }
  }

  /** The rest of a file cannot be parsed. */
  public static final class CsvSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line where the broken row starts. */
    private final long line;

    CsvSyntaxException(long line) {
      super("CSV syntax error from line " + line, null, false, false);
      this.line = line;
    }

    /**
     * Returns the line where the broken row starts.
     *
     * @return the line
     */
    public long line() {
      return line;
    }
  }

  /** One row, reused: all field characters in one buffer. */
  static final class Row {
    long line;
    int count;
    char[] chars = new char[512];
    int used;
    int[] start = new int[16];
    int[] length = new int[16];
  }

  /** Copies each field into the reusable row. */
  private static final class Handler extends AbstractBaseCsvCallbackHandler<Row> {
    private final Row row = new Row();

    @Override
    protected void handleBegin(long startingLineNumber) {
      row.line = startingLineNumber;
      row.count = 0;
      row.used = 0;
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      if (row.count == row.start.length) {
        row.start = Arrays.copyOf(row.start, row.count * 2);
        row.length = Arrays.copyOf(row.length, row.count * 2);
      }
      if (row.used + len > row.chars.length) {
        row.chars = Arrays.copyOf(row.chars, Math.max(row.chars.length * 2, row.used + len));
      }
      System.arraycopy(buf, offset, row.chars, row.used, len);
      row.start[row.count] = row.used;
      row.length[row.count] = len;
      row.used += len;
      row.count++;
    }

    @Override
    protected Row buildRecord() {
      return row;
    }
  }
}
