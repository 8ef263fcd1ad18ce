package eu.barrier.registers.internal;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes rows in the form of the KBO Open Data files: comma-separated, LF line ends, every
 * non-empty text field in double quotes (a quote doubled inside), dates unquoted, an empty value as
 * nothing between the commas ({@code ,,}) or, where asked, as {@code ""}.
 */
public final class KboCsv {

  private final Writer out;
  private boolean first = true;

  /**
   * Writes to a writer.
   *
   * @param out the writer; not closed here
   */
  public KboCsv(Writer out) {
    this.out = out;
  }

  /**
   * Writes a text field: quoted, or nothing when {@code null} or empty.
   *
   * @param value the value, may be {@code null}
   * @return this writer
   * @throws IOException if writing fails
   */
  public KboCsv text(String value) throws IOException {
    separator();
    if (value != null && !value.isEmpty()) {
      quoted(value);
    }
    return this;
  }

  /**
   * Writes an empty field as {@code ""}, the other form of empty the real files use.
   *
   * @return this writer
   * @throws IOException if writing fails
   */
  public KboCsv quotedEmpty() throws IOException {
    separator();
    out.write("\"\"");
    return this;
  }

  /**
   * Writes a field without quotes (dates), or nothing when {@code null}.
   *
   * @param value the value, may be {@code null}
   * @return this writer
   * @throws IOException if writing fails
   */
  public KboCsv bare(String value) throws IOException {
    separator();
    if (value != null) {
      out.write(value);
    }
    return this;
  }

  /**
   * Ends the row.
   *
   * @throws IOException if writing fails
   */
  public void end() throws IOException {
    out.write('\n');
    first = true;
  }

  /**
   * Writes a header row, every name quoted.
   *
   * @param names the column names
   * @throws IOException if writing fails
   */
  public void header(Iterable<String> names) throws IOException {
    for (String n : names) {
      text(n);
    }
    end();
  }

  private void separator() throws IOException {
    if (!first) {
      out.write(',');
    }
    first = false;
  }

  private void quoted(String value) throws IOException {
    out.write('"');
    if (value.indexOf('"') < 0) {
      out.write(value);
    } else {
      out.write(value.replace("\"", "\"\""));
    }
    out.write('"');
  }
}
