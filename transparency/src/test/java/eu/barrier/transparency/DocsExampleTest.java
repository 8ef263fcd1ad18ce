package eu.barrier.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code docs/transparency.md} shows what the code writes, byte for byte. */
final class DocsExampleTest {

  private static final Path DOC = Path.of("..", "docs", "transparency.md");
  private static final Path EDITED = Path.of("..", "docs", "examples", "transparency", "edited-record.json");

  /** The deployment of the page's command: default catalogues, weighted, nl-bibob, 2026-12-01. */
  @Test
  void generatedRecord_sameAsInTheDocs() throws IOException {
    String doc = Files.readString(DOC);
    String record = new String(Transparency.generate(Fixtures.deployment().build()).registerRecord(),
        StandardCharsets.UTF_8);

    assertThat(doc).contains("--organisation \"" + Fixtures.ORGANISATION + "\" --contact " + Fixtures.CONTACT
        + " --date 2026-12-01");
    assertThat(jsonBlockAfter(doc, "<summary>algoritmeregister.json")).isEqualTo(record.strip());
  }

  @Test
  void editedExample_findingsAreThoseTheDocsList() throws IOException {
    CheckReport report = Transparency.check(Files.readAllBytes(EDITED));
    String doc = Files.readString(DOC);

    assertThat(report.kind()).isEqualTo(DocumentKind.REGISTER_RECORD);
    assertThat(report.findings()).extracting(Finding::error).containsExactly(TransparencyError.VALUE_NOT_PERMITTED,
        TransparencyError.FIELD_TOO_LONG, TransparencyError.DATE_INVALID, TransparencyError.CONTACT_INVALID,
        TransparencyError.HTML_NOT_ALLOWED, TransparencyError.FIELD_UNKNOWN);
    assertThat(doc).contains("register record, " + report.findings().size() + " problem(s)\n");
    for (Finding f : report.findings()) {
      assertThat(doc).contains("\n  " + f + "\n");
    }
  }

  private static String jsonBlockAfter(String doc, String marker) {
    int at = doc.indexOf(marker);
    assertThat(at).as(marker).isNotNegative();
    int start = doc.indexOf("```json\n", at) + "```json\n".length();
    int end = doc.indexOf("\n```", start);
    return doc.substring(start, end).strip();
  }
}
