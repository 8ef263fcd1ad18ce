package eu.barrier.linkage.record;

import eu.barrier.linkage.LinkageError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A streaming reader of CSV records as Python's {@code csv.reader} reads them with the default
 * ({@code excel}) dialect from a file opened with {@code newline=''}, which is how clkhash reads
 * records: fields separated by commas; a field that starts with {@code "} is quoted, may hold
 * commas and line breaks, and writes a quote as {@code ""}; records end with CR LF, LF or CR; an
 * empty line is a record without values; nothing is trimmed.
 *
 * <p>Stricter than Python, which would read these silently, and refused with {@link
 * CsvFormatException} ({@link LinkageError#CSV_SYNTAX}): a quote inside an unquoted field, text
 * after a closing quote, and a quoted field that the end of the file cuts off. Bytes that are not
 * UTF-8 and a byte order mark are refused ({@link LinkageError#CSV_ENCODING}), as is a field over
 * {@value #MAX_FIELD_LENGTH} characters (Python's default {@code field_size_limit}). Only one
 * record is in memory at a time. The only failure type is {@link CsvFormatException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CsvRecordReader implements Closeable {

  /** The longest field read, in characters. */
  public static final int MAX_FIELD_LENGTH = 131072;

  private final Reader in;
  private final char[] buffer = new char[65536];
  private int position;
  private int limit;
  private long line = 1;
  private long number = -1;
  private boolean started;
  private boolean ended;

  private CsvRecordReader(Reader in) {
    this.in = in;
  }

  /**
   * Opens a reader over UTF-8 bytes; malformed UTF-8 is an error, not replaced.
   *
   * @param in the bytes; closed by {@link #close()}
   * @return the reader
   */
  public static CsvRecordReader open(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /**
   * Opens a reader over characters.
   *
   * @param in the text; closed by {@link #close()}
   * @return the reader
   */
  public static CsvRecordReader open(Reader in) {
    return new CsvRecordReader(Objects.requireNonNull(in, "in"));
  }

  private int read() {
    if (position == limit) {
      try {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
          return -1;
        }
        position = 0;
        limit = n;
      } catch (CharacterCodingException e) {
        throw new CsvFormatException(LinkageError.CSV_ENCODING, line, "the bytes are not UTF-8", null);
      } catch (IOException e) {
        throw new CsvFormatException(LinkageError.RECORDS_IO, line, "the records cannot be read: "
            + e.getClass().getSimpleName(), null);
      }
    }
    return buffer[position++];
  }

  private void unread() {
    position--;
  }

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of the file
   * @throws CsvFormatException if the text breaks the format from here on
   */
  public Optional<CsvRow> next() {
    if (ended) {
      return Optional.empty();
    }
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        throw new CsvFormatException(LinkageError.CSV_ENCODING, line, "the file starts with a byte order mark", null);
      }
    }
    if (c == -1) {
      ended = true;
      return Optional.empty();
    }
    unread();
    long startLine = line;
    List<String> values = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    c = read();
    if (c == '\r' || c == '\n') {
      endOfLine(c);
      number++;
      return Optional.of(new CsvRow(number, startLine, values));
    }
    unread();
    while (true) {
      c = read();
      if (c == '"') {
        quoted(field);
        c = read();
        if (c != ',' && c != '\r' && c != '\n' && c != -1) {
          throw new CsvFormatException(LinkageError.CSV_SYNTAX, line, "text follows a closing quote", null);
        }
      } else {
        while (c != ',' && c != '\r' && c != '\n' && c != -1) {
          if (c == '"') {
            throw new CsvFormatException(LinkageError.CSV_SYNTAX, line, "a quote inside an unquoted field", null);
          }
          append(field, (char) c);
          c = read();
        }
      }
      values.add(field.toString());
      field.setLength(0);
      if (c == ',') {
        continue;
      }
      if (c == -1) {
        ended = true;
      } else {
        endOfLine(c);
      }
      number++;
      return Optional.of(new CsvRow(number, startLine, values));
    }
  }

  private void quoted(StringBuilder field) {
    long startLine = line;
    while (true) {
      int c = read();
      if (c == -1) {
        throw new CsvFormatException(LinkageError.CSV_SYNTAX, startLine, "a quoted field is not closed", null);
      }
      if (c == '"') {
        int next = read();
        if (next == '"') {
          append(field, '"');
          continue;
        }
        if (next != -1) {
          unread();
        }
        return;
      }
      if (c == '\n' || (c == '\r' && peekNotLf())) {
        line++;
      }
      append(field, (char) c);
    }
  }

  private boolean peekNotLf() {
    int next = read();
    if (next != -1) {
      unread();
    }
    return next != '\n';
  }

  private void endOfLine(int c) {
    line++;
    if (c == '\r') {
      int next = read();
      if (next != '\n' && next != -1) {
        unread();
      }
    }
  }

  private void append(StringBuilder field, char c) {
    if (field.length() >= MAX_FIELD_LENGTH) {
      throw new CsvFormatException(LinkageError.CSV_FIELD_TOO_LONG, line, "a field is longer than "
          + MAX_FIELD_LENGTH + " characters", null);
    }
    field.append(c);
  }

  /**
   * Closes the underlying input.
   *
   * @throws IOException if closing fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
