package eu.barrier.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.core.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helper shared by every module (through core's test jar): {@code docs/error-codes.md} lists
 * each code of an {@link ErrorCode} enum in exactly one table row holding its constant and its
 * exact rule, and lists no code the enum does not have.
 */
public final class ErrorCodesDoc {

  /** Relative to a module directory, the working directory of its tests. */
  public static final Path DOC = Path.of("..", "docs", "error-codes.md");

  private ErrorCodesDoc() {}

  /**
   * Asserts that {@code docs/error-codes.md} documents exactly the codes of {@code type}.
   *
   * @param type the module's error-code enum
   * @param prefix the module's code prefix, such as {@code BARRIER-CORE-}
   * @param <E> the enum type
   */
  public static <E extends Enum<E> & ErrorCode> void assertDocumentsExactly(Class<E> type, String prefix) {
    List<String> lines = lines();
    E[] values = type.getEnumConstants();
    for (E error : values) {
      String row = "| " + error.code() + " |";
      List<String> rows = lines.stream().filter(l -> l.startsWith(row)).toList();
      assertThat(rows).as("table rows for %s", error.code()).hasSize(1);
      assertThat(rows.get(0))
          .as("row of %s", error.code())
          .contains("`" + error.name() + "`")
          .contains("| " + error.rule().replace("|", "\\|") + " |");
    }
    Matcher m = Pattern.compile(Pattern.quote(prefix) + "[0-9]{4}").matcher(String.join("\n", lines));
    List<String> documented = new ArrayList<>();
    while (m.find()) {
      documented.add(m.group());
    }
    assertThat(documented).as("codes with prefix %s in %s", prefix, DOC).isNotEmpty();
    List<String> known = Arrays.stream(values).map(ErrorCode::code).toList();
    assertThat(known).as("codes the enum %s has", type.getSimpleName()).containsAll(documented);
  }

  private static List<String> lines() {
    assertThat(DOC)
        .as("docs/error-codes.md not found at %s (tests run in the module directory)", DOC.toAbsolutePath())
        .isRegularFile();
    try {
      return Files.readAllLines(DOC, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
