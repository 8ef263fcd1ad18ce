package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WorkbenchCommandsTest {

  /** The deliberately biased example catalogue from the docs. */
  static final Path BIASED = Path.of("..", "docs", "examples", "catalogues", "example-complaints-heavy.json");

  @TempDir static Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BarrierCli.run(new PrintWriter(out), new PrintWriter(err), args);
  }

  @BeforeAll
  static void synthesise() {
    int code = BarrierCli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "synth",
        "--seed", "42", "--establishments", "20000", "--out", dir.resolve("city").toString(), "--quiet");
    assertThat(code).isZero();
  }

  @Test
  void synth_writesEveryDocumentedFile() throws IOException {
    assertThat(run("synth", "--seed", "1", "--establishments", "300", "--out", dir.resolve("small").toString(), "-q"))
        .isZero();
    for (String file : new String[] {"establishments.json", "establishments.csv", "observations.json",
        "observations.csv", "labelled.json"}) {
      assertThat(dir.resolve("small").resolve(file)).isNotEmptyFile();
    }
    assertThat(out.toString()).contains("synthetic BE city", "300 establishments", "9 planted cases");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void synth_dutchCity_nlIdentifiersAndDutchServicesOnly() throws IOException {
    assertThat(run("synth", "--seed", "1", "--establishments", "300", "--country", "nl", "--out",
        dir.resolve("nl").toString(), "-q")).isZero();
    String observations = Files.readString(dir.resolve("nl/observations.json"), StandardCharsets.UTF_8);
    assertThat(observations).contains("\"nl-establishment:9999").doesNotContain("be-establishment", "\"social-inspection\"",
        "\"ariec\"", "\"federal-police\"");
    assertThat(out.toString()).contains("synthetic NL city");
  }

  @Test
  void synth_unknownCountry_isUsageError() {
    assertThat(run("synth", "--seed", "1", "--establishments", "10", "--country", "de", "--out",
        dir.resolve("de").toString())).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void synth_badParameter_isUsageError() {
    assertThat(run("synth", "--seed", "1", "--establishments", "0", "--out", dir.resolve("x").toString()))
        .isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void evaluate_builtInAgainstBiasedCatalogue_onlyTheBiasedOneViolatesAtLevelLow() throws IOException {
    Path report = dir.resolve("compare.html");
    Path json = dir.resolve("compare.json");
    int code = run("evaluate", "--catalogue", "barrier-admin", "--compare-catalogue", BIASED.toString(),
        "--labelled", dir.resolve("city/labelled.json").toString(), "--report", report.toString(), "--json",
        json.toString(), "--bootstrap", "200", "--quiet");
    assertThat(code).as(err.toString()).isZero();
    String stdout = out.toString();
    // at level low, where most establishments are flagged, only the biased catalogue breaks the rule (at
    // medium the built-in one flags a few dozen true cases, whose split over the groups decides its ratio)
    assertThat(stdout).containsPattern("barrier-admin@1\\.0\\.0 weighted .*(met at every level|VIOLATED at medium)")
        .doesNotContainPattern("barrier-admin@1\\.0\\.0 weighted .*VIOLATED at low");
    assertThat(stdout).containsPattern("example-complaints-heavy@1\\.0\\.0 weighted .*VIOLATED at low");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("<span class=\"badge bad\">violated at low");
    // self-contained: no scripts, no links, no external resources (the SVG namespace is a name, not a fetch)
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "<link", "src=", "url(", "http:", "https:", "@import");
    String metrics = Files.readString(json, StandardCharsets.UTF_8);
    assertThat(metrics).contains("\"format\": \"barrier-evaluation-v1\"", "\"fourFifthsViolated\": true");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void evaluate_twice_sameBytes() throws IOException {
    String labelled = dir.resolve("city/labelled.json").toString();
    for (String n : new String[] {"1", "2"}) {
      assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled", labelled, "--report",
          dir.resolve("same" + n + ".html").toString(), "--json", dir.resolve("same" + n + ".json").toString(),
          "--bootstrap", "100", "-q")).isZero();
    }
    assertThat(Files.readAllBytes(dir.resolve("same2.html"))).isEqualTo(Files.readAllBytes(dir.resolve("same1.html")));
    assertThat(Files.readAllBytes(dir.resolve("same2.json"))).isEqualTo(Files.readAllBytes(dir.resolve("same1.json")));
  }

  @Test
  void evaluate_progress_neverOnStandardOutput() {
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled",
        dir.resolve("city/labelled.json").toString(), "--report", dir.resolve("progress.html").toString(),
        "--bootstrap", "2000")).isZero();
    assertThat(out.toString()).doesNotContain("[#", "[-", "\r");
  }

  @Test
  void evaluate_missingLabelledFile_isUsageError() {
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled", dir.resolve("nope.json").toString(),
        "--report", dir.resolve("r.html").toString())).isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void evaluate_unknownModel_isUsageError() {
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--model", "magic", "--labelled",
        dir.resolve("city/labelled.json").toString(), "--report", dir.resolve("r.html").toString()))
        .isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void evaluate_invalidLabelledFile_exitsOneWithPath() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"subjects\": [{\"id\": \"S-1\", \"kind\": \"establishment\", \"observations\": []}]}");
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled", bad.toString(), "--report",
        dir.resolve("r.html").toString(), "-q")).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("/subjects/0/label");
  }

  @Test
  void evaluate_onlyOneClass_exitsOne() throws IOException {
    Path one = dir.resolve("one-class.json");
    Files.writeString(one, "{\"subjects\": [{\"id\": \"S-1\", \"kind\": \"establishment\", \"label\": false,"
        + " \"observations\": [{\"indicator\": \"ADM-01\", \"observedOn\": \"2026-05-01\", \"source\": \"permit-desk\"}]}]}");
    assertThat(run("evaluate", "--catalogue", "barrier-admin", "--labelled", one.toString(), "--report",
        dir.resolve("r.html").toString(), "-q")).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("BARRIER-WB-0001");
  }

  @Test
  void evaluate_personCatalogueOnEstablishments_exitsOne() {
    assertThat(run("evaluate", "--catalogue", "ilo-2009-adult-labour", "--model", "weighted", "--labelled",
        dir.resolve("city/labelled.json").toString(), "--report", dir.resolve("r.html").toString(), "-q"))
        .isEqualTo(BarrierCli.INVALID);
  }
}
