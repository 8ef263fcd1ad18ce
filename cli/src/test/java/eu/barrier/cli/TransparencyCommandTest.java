package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

final class TransparencyCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> JSON_FILES = List.of("algoritmeregister.json", "algoritmeregister-template.json",
      "dpia-prefill.json", "iama-prefill.json");
  private static final Path PLANTED = Path.of("..", "docs", "examples", "planted-nationality-catalogue.json");

  @TempDir static Path shared;

  private static Path generated;
  private static int generatedCode;
  private static String generatedOut;

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  private static String[] base(Path outDir, String... more) {
    String[] head = {"transparency", "--profile", "nl-bibob", "--organisation", "Gemeente Voorbeeld", "--contact",
        "algoritmes@voorbeeld.example", "--date", "2026-12-01", "--out", outDir.toString()};
    String[] all = new String[head.length + more.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(more, 0, all, head.length, more.length);
    return all;
  }

  @BeforeAll
  static void generateOnce() {
    generated = shared.resolve("generated");
    StringWriter o = new StringWriter();
    generatedCode = BarrierCli.run(new PrintWriter(o), new PrintWriter(new StringWriter()), base(generated));
    generatedOut = o.toString();
  }

  @Test
  void generate_defaultCatalogues_writesFiveFilesThatTheCheckCommandPasses() throws IOException {
    assertThat(generatedCode).isEqualTo(BarrierCli.OK);
    assertThat(generatedOut).contains("wrote ").contains("model-card.html").contains("Drafts for review");

    for (String name : JSON_FILES) {
      Path file = generated.resolve(name);
      assertThat(run("transparency", "check", file.toString())).as(name + ": " + out).isEqualTo(BarrierCli.OK);
      assertThat(out.toString()).contains("no problems");
    }
    assertThat(out.toString()).contains("iama prefill");
    JsonNode record = MAPPER.readTree(generated.resolve("algoritmeregister.json").toFile());
    assertThat(record.get("organization").asString()).isEqualTo("Gemeente Voorbeeld");
    assertThat(record.get("contact_email").asString()).isEqualTo("algoritmes@voorbeeld.example");
    assertThat(record.get("lawful_basis_grouping").get(0).get("link").asString())
        .isEqualTo("https://wetten.overheid.nl/BWBR0013798");
    assertThat(record.get("risks").asString()).contains("Gebruikte catalogi: 5. Uitkomst van die controle: geen fouten.");
    JsonNode template = MAPPER.readTree(generated.resolve("algoritmeregister-template.json").toFile());
    assertThat(template.isArray()).isTrue();
    assertThat(template.get(0).get("organization").asString()).isEmpty();
    assertThat(Files.readString(generated.resolve("model-card.html"))).startsWith("<!DOCTYPE html>")
        .contains("lang=\"en\"");
  }

  @Test
  void generate_sameArgumentsAgain_sameBytes() throws IOException {
    Path again = dir.resolve("again");
    assertThat(run(base(again))).isEqualTo(BarrierCli.OK);

    for (String name : List.of("algoritmeregister.json", "algoritmeregister-template.json", "dpia-prefill.json",
        "iama-prefill.json", "model-card.html")) {
      assertThat(Files.readAllBytes(again.resolve(name))).as(name).isEqualTo(Files.readAllBytes(generated.resolve(name)));
    }
  }

  @Test
  void generate_frenchCardAndOtherRegisterOptions_areWrittenAsAsked() throws IOException {
    Path fr = dir.resolve("fr");
    assertThat(run(base(fr, "--lang", "fr", "--status", "in-use", "--publication-category", "high-risk",
        "--catalogue", "barrier-admin"))).as(err.toString()).isEqualTo(BarrierCli.OK);

    JsonNode record = MAPPER.readTree(fr.resolve("algoritmeregister.json").toFile());
    assertThat(record.get("status").asString()).isEqualTo("In gebruik");
    assertThat(record.get("publication_category").asString()).isEqualTo("Hoog-risico AI-systeem");
    assertThat(record.get("methods_and_models").asString()).contains("barrier-admin versie 1.0.0")
        .doesNotContain("sector-carwash");
    assertThat(Files.readString(fr.resolve("model-card.html"))).contains("lang=\"fr\"");
  }

  @Test
  void generate_plantedNationalityCatalogue_exitsOneWithTheLintCodesAndWritesNothing() {
    Path planted = dir.resolve("planted");
    assertThat(run(base(planted, "--catalogue", PLANTED.toString()))).isEqualTo(BarrierCli.INVALID);

    assertThat(err.toString()).contains("no documents written").contains("BARRIER-TRN-0001")
        .contains("[BARRIER-IND-0106]");
    assertThat(planted).doesNotExist();
  }

  @Test
  void generate_badContactOrProfile_exitsOneWithCodesNeverTheValues() {
    assertThat(run("transparency", "--organisation", "Gemeente Voorbeeld", "--contact", "Jan Jansen 0612345678",
        "--profile", "de-2025", "--date", "2026-12-01", "--out", dir.resolve("bad").toString()))
        .isEqualTo(BarrierCli.INVALID);

    assertThat(err.toString()).contains("BARRIER-TRN-0005").contains("BARRIER-TRN-0003")
        .doesNotContain("Jansen").doesNotContain("0612345678").doesNotContain("de-2025");
    assertThat(dir.resolve("bad")).doesNotExist();
  }

  @Test
  void generate_missingOrMalformedOptions_isUsageError() {
    Path o = dir.resolve("usage");
    assertThat(run("transparency", "--contact", "a@b.example", "--out", o.toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(run("transparency", "--organisation", "G", "--out", o.toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--date", "1-12-2026"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--status", "live"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--publication-category", "b"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--lang", "de"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--catalogue", "no-such-catalogue"))).isEqualTo(BarrierCli.USAGE);
    assertThat(run(base(o, "--evaluation", dir.resolve("missing.json").toString()))).isEqualTo(BarrierCli.USAGE);
    assertThat(o).doesNotExist();
  }

  @Test
  void generate_evaluationFileThatIsNotMetrics_exitsOneWithTheMetricsCode() throws IOException {
    Path metrics = dir.resolve("metrics.json");
    Files.writeString(metrics, "{\"format\":\"something-else\"}");

    assertThat(run(base(dir.resolve("e"), "--evaluation", metrics.toString()))).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-TRN-0101");
  }

  @Test
  void generate_withEvaluationOfBarrierEvaluate_putsItsFiguresInTheDocuments() throws Exception {
    Path city = dir.resolve("city");
    assertThat(run("synth", "--seed", "7", "--establishments", "600", "--country", "nl", "--out", city.toString(), "-q"))
        .isEqualTo(BarrierCli.OK);
    Path metrics = dir.resolve("metrics.json");
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled", city.resolve("labelled.json").toString(),
        "--report", dir.resolve("report.html").toString(), "--json", metrics.toString(), "--bootstrap", "20",
        "--no-ablation", "-q")).as(err.toString()).isEqualTo(BarrierCli.OK);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(metrics)));

    Path o = dir.resolve("with-evaluation");
    assertThat(run(base(o, "--evaluation", metrics.toString()))).as(err.toString()).isEqualTo(BarrierCli.OK);
    String risks = MAPPER.readTree(o.resolve("algoritmeregister.json").toFile()).get("risks").asString();
    assertThat(risks).contains("barrier-admin@1.0.0").contains("Niet geëvalueerd: sector-carwash")
        .doesNotContain("Er is geen evaluatie meegegeven.");
    assertThat(Files.readString(o.resolve("model-card.html"))).contains("Synthetic data").contains(sha256);

    Path other = dir.resolve("other-catalogue");
    assertThat(run(base(other, "--catalogue", "sector-massage", "--evaluation", metrics.toString())))
        .isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-TRN-0006");
  }

  @Test
  void check_handEditedRecordOverTheLimit_exitsOneWithPathAndCodeNeverTheValue() throws IOException {
    ObjectNode record = (ObjectNode) MAPPER.readTree(generated.resolve("algoritmeregister.json").toFile());
    record.put("name", "Geheimnaam " + "x".repeat(100));
    record.put("status", "Actief");
    record.remove("contact_email");
    Path edited = dir.resolve("edited.json");
    Files.write(edited, MAPPER.writeValueAsBytes(record));

    assertThat(run("transparency", "check", edited.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).contains("register record, 3 problem(s)").contains("/name").contains("BARRIER-TRN-0205")
        .contains("/status").contains("BARRIER-TRN-0206").contains("/contact_email").contains("BARRIER-TRN-0203")
        .doesNotContain("Geheimnaam").doesNotContain("Actief");
  }

  @Test
  void check_notJsonOrNoFile_exitsOneOrTwo() throws IOException {
    Path text = dir.resolve("notes.txt");
    Files.write(text, "geen json".getBytes(StandardCharsets.UTF_8));

    assertThat(run("transparency", "check", text.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).contains("not checked").contains("BARRIER-TRN-0200").doesNotContain("geen json");
    assertThat(run("transparency", "check", dir.resolve("nope.json").toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(run("transparency", "check")).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void check_editedExampleOfTheDocs_exitsOneWithItsSixProblems() {
    Path edited = Path.of("..", "docs", "examples", "transparency", "edited-record.json");

    assertThat(run("transparency", "check", edited.toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(out.toString()).contains("register record, 6 problem(s)").contains("/type: BARRIER-TRN-0202")
        .doesNotContain("Zelflerend").doesNotContain("algoritmeteam");
  }
}
