package eu.barrier.registers.internal;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
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
 * empty whether written {@code ,,} or {@code ,"",}. LF and CRLF line ends, a UTF-8 byte order mark
 * and malformed UTF-8 (replaced) are accepted.
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

  /**
   * Opens a UTF-8 stream.
   *
   * @param in the stream; closed with this object
   */
  public CsvRows(InputStream in) {
    this(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
  }

  /**
   * Opens a character stream.
   *
   * @param in the reader; closed with this object
   */
  public CsvRows(Reader in) {
    this.reader = CsvReader.builder()
        .extraFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(de.siegmar.fastcsv.reader.FieldMismatchStrategy.IGNORE)
        .skipEmptyLines(true)
        .maxBufferSize(MAX_ROW_CHARS)
        .build(new Handler(), skipBom(in));
    this.rows = reader.iterator();
  }

  /**
   * Reads the header row.
   *
   * @return the column names, or an empty list for an empty file
   * @throws CsvSyntaxException if the first row is not valid CSV
   */
  public List<String> header() {
    if (!next()) {
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
    try {
      if (!rows.hasNext()) {
        return false;
      }
      row = rows.next();
      return true;
    } catch (CsvParseException e) {
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
    reader.close();
  }

  private static Reader skipBom(Reader in) {
    java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
    try {
      int first = pushback.read();
      if (first != -1 && first != '\uFEFF') {
        pushback.unread(first);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pushback;
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
