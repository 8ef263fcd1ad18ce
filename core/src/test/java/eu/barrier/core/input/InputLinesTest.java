package eu.barrier.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.barrier.core.CoreError;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class InputLinesTest {

  private static InputLines lines(String s, int max) {
    return InputLines.of(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max, "input");
  }

  private static List<String> all(InputLines in) {
    List<String> out = new ArrayList<>();
    for (String line = in.next(); line != null; line = in.next()) {
      out.add(line);
    }
    return out;
  }

  @Test
  void next_finalLineFeed_endsTheLastLineWithoutAnEmptyOne() {
    assertThat(all(lines("a\n\nb\n", 10))).containsExactly("a", "", "b");
    assertThat(all(lines("a\nb", 10))).containsExactly("a", "b");
    assertThat(all(lines("", 10))).isEmpty();
    assertThat(all(lines("a\r\n", 10))).containsExactly("a\r");
  }

  @Test
  void stoppingAtLongLine_endlessLine_refusedAfterTheLimitThenEnds() {
    // an endless stream of zero bytes: the skipping reader would read forever
    java.io.InputStream endless = new java.io.InputStream() {
      long served;

      @Override
      public int read() {
        served++;
        return 0;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served > 10_000_000) {
          throw new AssertionError("read far past the limit");
        }
        java.util.Arrays.fill(b, off, off + len, (byte) 0);
        served += len;
        return len;
      }
    };
    InputLines in = InputLines.stoppingAtLongLine(endless, 100, "input");

    InputException e = catchThrowableOfType(InputException.class, in::next);
    assertThat(e.error()).isEqualTo(CoreError.INPUT_LINE_TOO_LONG);
    assertThat(in.lineNumber()).isEqualTo(1);
    assertThat(in.next()).isNull();
  }

  @Test
  void next_tooLongLine_isRefusedThenReadingGoesOn() {
    InputLines in = lines("ok\n" + "x".repeat(200_000) + "\nnext\n", 100);

    assertThat(in.next()).isEqualTo("ok");
    InputException e = catchThrowableOfType(InputException.class, in::next);
    assertThat(e.error()).isEqualTo(CoreError.INPUT_LINE_TOO_LONG);
    assertThat(e.getMessage()).contains("line 2");
    assertThat(in.next()).isEqualTo("next");
    assertThat(in.next()).isNull();
  }

  @Test
  void next_badUtf8OrBomOrNul_isEncodingErrorOfThatLine() {
    byte[] bytes = {'a', '\n', (byte) 0xC3, '\n', 0, '\n', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'b', '\n', 'c'};
    InputLines in = InputLines.of(new ByteArrayInputStream(bytes), 10, "input");

    assertThat(in.next()).isEqualTo("a");
    for (int line = 2; line <= 4; line++) {
      InputException e = catchThrowableOfType(InputException.class, in::next);
      assertThat(e.error()).isEqualTo(CoreError.INPUT_ENCODING);
      assertThat(in.lineNumber()).isEqualTo(line);
    }
    assertThat(in.next()).isEqualTo("c");
  }

  @Test
  void next_endlessZerosWithoutLineFeed_isRefusedAtTheStreamLimit() {
    InputLines in = InputLines.of(InputFiles.bounded(new InputFilesTest.CountingZeros(), 1 << 20, "stdin"), 1024, "stdin");

    assertThat(catchThrowableOfType(InputException.class, in::next).error()).isEqualTo(CoreError.INPUT_TOO_LARGE);
  }
}
