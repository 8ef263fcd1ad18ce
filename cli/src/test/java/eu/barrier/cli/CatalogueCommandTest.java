package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.indicators.catalogue.Catalogues;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CatalogueCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String builtInText(String id) throws IOException {
    try (InputStream in = Catalogues.class.getResourceAsStream(
        "/eu/barrier/indicators/catalogues/" + id + "/1.0.0.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void list_showsEveryBuiltIn_exitsZero() {
    assertThat(run("catalogue", "list")).isEqualTo(BarrierCli.OK);

    for (String id : Catalogues.builtInIds()) {
      assertThat(out.toString()).contains(id + " ");
    }
    assertThat(out.toString()).contains("ilo-2009-adult-labour      1.0.0    person         automated-scoring");
  }

  @Test
  void show_dutch_printsDutchLabels() {
    assertThat(run("catalogue", "show", "ilo-2009-adult-labour", "--lang", "nl")).isEqualTo(BarrierCli.OK);

    assertThat(out.toString()).startsWith("ilo-2009-adult-labour 1.0.0: ILO/EC 2009-indicatoren")
        .contains("ILO-AL-DR-01").contains("social-inspection");
  }

  @Test
  void show_unknownIdOrLanguage_isUsageError() {
    assertThat(run("catalogue", "show", "no-such-catalogue")).isEqualTo(BarrierCli.USAGE);
    assertThat(run("catalogue", "show", "barrier-admin", "--lang", "de")).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void lint_builtInCopy_isCleanOfErrorsAndWarnings_exitsZero() throws IOException {
    Path file = dir.resolve("admin.json");
    Files.writeString(file, builtInText("barrier-admin"));

    assertThat(run("catalogue", "lint", file.toString())).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).startsWith("barrier-admin@1.0.0: 0 finding(s), 0 error(s)");
  }

  @Test
  void lint_plantedNationalityIndicator_fails_exitsOne() throws IOException {
    Path file = dir.resolve("planted.json");
    tools.jackson.databind.node.ObjectNode doc = (tools.jackson.databind.node.ObjectNode)
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(builtInText("sector-carwash"));
    ((tools.jackson.databind.node.ObjectNode) doc.get("indicators").get(0).get("label"))
        .put("en", "Nationality of the workers");
    Files.writeString(file, doc.toString());

    assertThat(run("catalogue", "lint", file.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).contains("BARRIER-IND-0106").contains("nationality");
  }

  @Test
  void lint_malformedFile_listsProblemsWithPaths_exitsOne() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"format\": \"barrier-catalogue-v1\", \"extra\": true}");

    assertThat(run("catalogue", "lint", file.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).contains("at '/*'").doesNotContain("extra").contains("at '/id'");
  }

  @Test
  void lint_missingFile_isUsageError() {
    assertThat(run("catalogue", "lint", dir.resolve("none.json").toString())).isEqualTo(BarrierCli.USAGE);
  }
}
