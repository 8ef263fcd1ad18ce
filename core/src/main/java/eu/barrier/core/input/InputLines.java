package eu.barrier.core.input;

import eu.barrier.core.CoreError;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Splits a stream into lines of bounded length, holding one line at a time, so that memory does
 * not grow with the input. A line ends at {@code '\n'}; a final line feed ends the last line and
 * does not start an empty one; {@code '\r'} is kept (callers decide). Each line must be UTF-8
 * without NUL characters and must not start with a byte-order mark.
 *
 * <p>A line that breaks a rule is reported by an {@link InputException} from {@link #next()}
 * ({@link CoreError#INPUT_LINE_TOO_LONG} or {@link CoreError#INPUT_ENCODING}, naming the line
 * number); the reader has then skipped that line and the next call reads the following one, so a
 * caller may count bad lines and go on. Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InputLines implements Closeable {

  private final InputStream in;
  private final int maxLineBytes;
  private final String name;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean eof;
  private byte[] line = new byte[256];
  private long number;
  private final boolean stopAtLongLine;
  private boolean stopped;

  private InputLines(InputStream in, int maxLineBytes, String name, boolean stopAtLongLine) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
    this.name = name;
    this.stopAtLongLine = stopAtLongLine;
  }

  /**
   * Reads lines from a stream.
   *
   * @param in the stream; {@link #close()} closes it
   * @param maxLineBytes the longest line in bytes, without its line feed
   * @param name how messages name the input
   * @return the reader
   */
  public static InputLines of(InputStream in, int maxLineBytes, String name) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be at least 1");
    }
    return new InputLines(in, maxLineBytes, name, false);
  }

  /**
   * Reads lines from a stream, stopping at the first line that is too long instead of skipping
   * it: the refusal comes after {@code maxLineBytes + 1} bytes of that line, so an endless line
   * (a device, a sparse file) is refused at once, and every later call returns {@code null}. For
   * readers that stop at the first bad line anyway.
   *
   * @param in the stream; {@link #close()} closes it
   * @param maxLineBytes the longest line in bytes, without its line feed
   * @param name how messages name the input
   * @return the reader
   */
  public static InputLines stoppingAtLongLine(InputStream in, int maxLineBytes, String name) {
    InputLines lines = of(in, maxLineBytes, name);
    return new InputLines(lines.in, lines.maxLineBytes, lines.name, true);
  }

  /**
   * Returns the next line without its line feed.
   *
   * @return the line, or {@code null} at the end of the input
   * @throws InputException for a line that is too long or not UTF-8 (the line is skipped), or
   *     {@link CoreError#INPUT_IO} if the stream fails; limits of the stream itself (see {@link
   *     InputFiles#bounded}) pass through
   */
  public String next() {
    if (stopped) {
      return null;
    }
    int length = 0;
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      int nl = indexOfNewline();
      int stop = nl < 0 ? end : nl;
      int n = stop - pos;
      if (!tooLong) {
        if (length + n > maxLineBytes) {
          tooLong = true;
          if (stopAtLongLine) {
            stopped = true;
            number++;
            throw new InputException(CoreError.INPUT_LINE_TOO_LONG,
                name + " line " + number + " is longer than " + maxLineBytes + " bytes");
          }
        } else {
          if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(length + n, line.length * 2)));
          }
          System.arraycopy(buffer, pos, line, length, n);
          length += n;
        }
      }
      pos = stop;
      if (nl >= 0) {
        pos++; // the line feed
        break;
      }
    }
    number++;
    if (tooLong) {
      throw new InputException(CoreError.INPUT_LINE_TOO_LONG,
          name + " line " + number + " is longer than " + maxLineBytes + " bytes");
    }
    byte[] bytes = Arrays.copyOf(line, length);
    String problem = Utf8.check(bytes);
    if (problem != null) {
      throw new InputException(CoreError.INPUT_ENCODING, name + " line " + number + ": " + problem);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Returns the number of the line last returned or refused.
   *
   * @return 1 for the first line; 0 before the first
   */
  public long lineNumber() {
    return number;
  }

  private int indexOfNewline() {
    for (int i = pos; i < end; i++) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    try {
      int n = in.read(buffer, 0, buffer.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      end = n;
      return true;
    } catch (IOException e) {
      throw new InputException(CoreError.INPUT_IO, name + " (" + e.getClass().getSimpleName() + ")");
    }
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // closing a stream that was read releases it only
    }
  }

  @Override
  public String toString() {
    return "InputLines[" + name + ", line " + number + "]";
  }
}
