package eu.barrier.linkage.record;

import eu.barrier.linkage.LinkageError;
import eu.barrier.linkage.LinkageException;
import org.apiguardian.api.API;

/**
 * Thrown by {@link CsvRecordReader} for a file it cannot read as CSV: broken quoting, bytes that
 * are not UTF-8, a field over the length limit, or a read failure. The message names the line,
 * never the content. Reading stops at the first such problem.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CsvFormatException extends LinkageException {

  private static final long serialVersionUID = 1L;

  private final long line;

  /**
   * Creates the exception.
   *
   * @param error {@link LinkageError#CSV_SYNTAX}, {@link LinkageError#CSV_ENCODING}, {@link
   *     LinkageError#CSV_FIELD_TOO_LONG} or {@link LinkageError#RECORDS_IO}
   * @param line the 1-based line where the problem was found
   * @param detail what is wrong, never the content
   * @param cause the cause, or {@code null}
   */
  public CsvFormatException(LinkageError error, long line, String detail, Throwable cause) {
    super(error, "line " + line + ": " + detail, cause);
    this.line = line;
  }

  /**
   * Returns the 1-based line where the problem was found.
   *
   * @return the line
   */
  public long line() {
    return line;
  }
}
