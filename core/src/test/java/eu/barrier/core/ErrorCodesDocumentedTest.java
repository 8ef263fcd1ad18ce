package eu.barrier.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every {@link CoreError} is documented in {@code docs/error-codes.md}, with its exact rule. */
final class ErrorCodesDocumentedTest {

  /** Relative to the module directory, the working directory of the tests. */
  static final Path DOC = Path.of("..", "docs", "error-codes.md");

  static List<String> lines() throws IOException {
    assertThat(DOC)
        .as("docs/error-codes.md not found at %s (tests run in the module directory)", DOC.toAbsolutePath())
        .isRegularFile();
    return Files.readAllLines(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void errorCodesDoc_everyCoreError_hasARowWithConstantAndRule() throws IOException {
    List<String> lines = lines();
    for (CoreError error : CoreError.values()) {
      String prefix = "| " + error.code() + " |";
      List<String> rows = lines.stream().filter(l -> l.startsWith(prefix)).toList();
      assertThat(rows).as("table rows for %s", error.code()).hasSize(1);
      assertThat(rows.get(0))
          .as("row of %s", error.code())
          .contains("`" + error.name() + "`")
          .contains("| " + error.rule().replace("|", "\\|") + " |");
    }
  }

  @Test
  void errorCodesDoc_everyDocumentedCoreCode_exists() throws IOException {
    Matcher m = Pattern.compile("BARRIER-CORE-[0-9]{4}").matcher(String.join("\n", lines()));
    List<String> documented = new ArrayList<>();
    while (m.find()) {
      documented.add(m.group());
    }
    assertThat(documented).isNotEmpty();
    List<String> known = Arrays.stream(CoreError.values()).map(CoreError::code).toList();
    assertThat(known).containsAll(documented);
  }
}
