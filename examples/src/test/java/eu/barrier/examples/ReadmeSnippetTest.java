package eu.barrier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's code example is the compiled, tested quick-start example, line for line. */
final class ReadmeSnippetTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICKSTART =
      Path.of("src/main/java/eu/barrier/examples/quickstart/ValidateEstablishment.java");

  @Test
  void readmeExample_matchesQuickstartSource() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- snippet:quickstart -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as("README has a java block after <!-- snippet:quickstart -->").isTrue();

    String source = Files.readString(QUICKSTART, StandardCharsets.UTF_8);
    Matcher region =
        Pattern.compile("// snippet:quickstart\\n(.*?)\\n\\s*// end:quickstart", Pattern.DOTALL)
            .matcher(source);
    assertThat(region.find()).as("quick-start source has the snippet region").isTrue();

    assertThat(normalise(block.group(1))).isEqualTo(normalise(region.group(1)));
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
