package eu.barrier.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The code examples of the README and the guides are compiled, tested examples, line for line. */
final class ReadmeSnippetTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICKSTART =
      Path.of("src/main/java/eu/barrier/examples/quickstart/ValidateEstablishment.java");
  private static final Path WORKBENCH_GUIDE = Path.of("..", "docs", "workbench.md");
  private static final Path WORKBENCH_EXAMPLE =
      Path.of("src/main/java/eu/barrier/examples/research/EvaluateDutchCity.java");

  @Test
  void readmeExample_matchesQuickstartSource() throws IOException {
    assertSnippetMatches(README, QUICKSTART, "quickstart");
  }

  @Test
  void workbenchGuideExample_matchesEvaluateDutchCitySource() throws IOException {
    assertSnippetMatches(WORKBENCH_GUIDE, WORKBENCH_EXAMPLE, "workbench");
  }

  @Test
  void casesGuideExample_matchesEmbedCasesSource() throws IOException {
    assertSnippetMatches(Path.of("..", "docs", "cases.md"),
        Path.of("src/main/java/eu/barrier/examples/quickstart/EmbedCases.java"), "cases");
  }

  private static void assertSnippetMatches(Path doc, Path sourceFile, String name) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile("<!-- snippet:" + name + " -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertThat(block.find()).as("%s has a java block after <!-- snippet:%s -->", doc, name).isTrue();

    String source = Files.readString(sourceFile, StandardCharsets.UTF_8);
    Matcher region =
        Pattern.compile("// snippet:" + name + "\\n(.*?)\\n\\s*// end:" + name, Pattern.DOTALL).matcher(source);
    assertThat(region.find()).as("%s has the snippet region %s", sourceFile, name).isTrue();

    assertThat(normalise(block.group(1))).isEqualTo(normalise(region.group(1)));
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
  }
}
