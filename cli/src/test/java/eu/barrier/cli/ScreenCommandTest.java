package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.cli.screen.DemoKeys;
import eu.barrier.privacy.audit.AuditVerifier;
import eu.barrier.privacy.envelope.Envelopes;
import eu.barrier.privacy.envelope.OpenedEnvelope;
import eu.barrier.privacy.exchange.ExchangeDomain;
import eu.barrier.privacy.exchange.Messages;
import eu.barrier.privacy.exchange.SignalReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import eu.barrier.core.observation.SubjectKind;
import eu.barrier.indicators.catalogue.Catalogues;
import eu.barrier.screening.ScreenedEstablishment;
import eu.barrier.screening.ScreeningResult;
import eu.barrier.screening.ScreeningResults;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class ScreenCommandTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir static Path dir;

  private static String demoOut;
  private static int demoCode;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private static String[] result(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = BarrierCli.run(new PrintWriter(o), new PrintWriter(e), args);
    return new String[] {Integer.toString(code), o.toString(), e.toString()};
  }

  private int run(String... args) {
    String[] r = result(args);
    out = new StringWriter();
    err = new StringWriter();
    out.write(r[1]);
    err.write(r[2]);
    return Integer.parseInt(r[0]);
  }

  @BeforeAll
  static void runDemo() {
    String[] r = result("screen", "--demo", "--out", dir.resolve("demo").toString());
    demoCode = Integer.parseInt(r[0]);
    demoOut = r[1];
  }

  @Test
  void demo_endToEnd_printsRankedTableAndWritesEverything() {
    Path demo = dir.resolve("demo");

    assertThat(demoCode).isEqualTo(BarrierCli.OK);
    assertThat(demoOut).startsWith("*** DEMO DATA — synthetic")
        .contains("ESTABLISHMENT").contains("TOP REASONS").contains("BARRIER").contains("WHO COULD ACT")
        .contains("  1  be-establishment:").contains("Signals for review")
        .contains("sealed 2 signal report(s)").contains("opened 2 of 2").contains(": intact, ");
    assertThat(demo.resolve("assessments.json")).isRegularFile();
    assertThat(demo.resolve("report.html")).isRegularFile();
    assertThat(demo.resolve("exchange/signal-report-001.json")).isRegularFile();
  }

  @Test
  void demo_labelledAsDemoInEveryOutput() throws IOException {
    Path demo = dir.resolve("demo");
    JsonNode json = MAPPER.readTree(Files.readString(demo.resolve("assessments.json")));
    String html = Files.readString(demo.resolve("report.html"));

    assertThat(json.get("demo").booleanValue()).isTrue();
    assertThat(json.get("label").stringValue()).startsWith("DEMO DATA — synthetic");
    assertThat(html).contains("<p class=\"banner\" id=\"demo\">DEMO DATA — synthetic").contains("<title>DEMO DATA");
    OpenedEnvelope opened = openFirstReport(demo);
    assertThat(opened.header().purpose()).startsWith("demo-");
    assertThat(opened.header().legalBasis()).startsWith("DEMO DATA — synthetic");
    assertThat(opened.header().handling().statements().get(0)).startsWith("DEMO DATA — synthetic");
    SignalReport report = Messages.read(opened.payload(), SignalReport.class);
    assertThat(report.reference()).startsWith("demo-");
  }

  @Test
  void demo_sealedReport_opensWithDemoAriecKeyAndHoldsOnlyPseudonyms() throws IOException {
    Path demo = dir.resolve("demo");
    OpenedEnvelope opened = openFirstReport(demo);
    SignalReport report = Messages.read(opened.payload(), SignalReport.class);
    String payload = new String(opened.payload(), StandardCharsets.UTF_8);

    assertThat(report.domain()).isEqualTo(ExchangeDomain.ADMINISTRATIVE);
    assertThat(report.childProtection()).isFalse();
    assertThat(report.subjects()).hasSize(1);
    assertThat(report.subjects().get(0).pseudonym()).startsWith("pk1.");
    assertThat(payload).doesNotContain("2999").doesNotContain("be-establishment:");
    assertThat(report.assessment().outcome()).isIn("medium", "high");
  }

  @Test
  void demo_auditLogsVerify() throws IOException {
    try (Stream<Path> logs = Files.list(dir.resolve("demo/audit"))) {
      List<Path> files = logs.sorted().collect(Collectors.toList());
      assertThat(files).hasSize(2);
      for (Path log : files) {
        assertThat(AuditVerifier.verify(log, null).isIntact()).isTrue();
      }
    }
  }

  @Test
  void demo_usesNoPersonLevelOrChildProtectionCatalogue() throws IOException {
    JsonNode json = MAPPER.readTree(Files.readString(dir.resolve("demo/assessments.json")));

    for (JsonNode c : json.get("catalogues")) {
      assertThat(Catalogues.builtIn(c.get("id").stringValue()).subjectKind()).isEqualTo(SubjectKind.ESTABLISHMENT);
      assertThat(c.get("id").stringValue()).doesNotStartWith("ilo-").isNotEqualTo("minors-grooming");
    }
    for (JsonNode e : json.get("establishments")) {
      for (JsonNode a : e.get("assessments")) {
        assertThat(a.get("provenance").get("catalogue").get("id").stringValue()).doesNotStartWith("ilo-");
      }
    }
  }

  @Test
  void demo_twice_sameAssessmentsAndReportBytes() throws IOException {
    Path second = dir.resolve("second");
    assertThat(run("screen", "--demo", "--out", second.toString())).isEqualTo(BarrierCli.OK);

    assertThat(Files.readAllBytes(second.resolve("assessments.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("demo/assessments.json")));
    assertThat(Files.readAllBytes(second.resolve("report.html")))
        .isEqualTo(Files.readAllBytes(dir.resolve("demo/report.html")));
  }

  @Test
  void input_demoFilesWithChangedLabels_sameRanking() throws IOException {
    Path input = dir.resolve("relabelled");
    Files.createDirectories(input);
    Files.copy(dir.resolve("demo/input/observations.json"), input.resolve("observations.json"));
    String city = Files.readString(dir.resolve("demo/input/establishments.json"));
    Files.writeString(input.resolve("establishments.json"), city.replace("\"label\":false", "\"label\":true")
        .replace("group-a", "group-c"));

    assertThat(run("screen", "--input", input.toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("relabelled-out").toString())).isEqualTo(BarrierCli.OK);
    JsonNode first = MAPPER.readTree(Files.readString(dir.resolve("demo/assessments.json")));
    JsonNode second = MAPPER.readTree(Files.readString(dir.resolve("relabelled-out/assessments.json")));
    assertThat(second.get("establishments")).isEqualTo(first.get("establishments"));
    assertThat(second.get("demo").booleanValue()).isFalse();
    assertThat(out.toString()).doesNotContain("DEMO").doesNotContain("sealed");
  }

  @Test
  void demo_assessmentsJson_readBackByTheLibrary() throws IOException {
    ScreeningResult result = ScreeningResults.read(Files.readAllBytes(dir.resolve("demo/assessments.json")));
    assertThat(result.total()).isEqualTo(500);
    assertThat(result.establishments()).hasSize(500);
    assertThat(result.demoLabel()).isPresent();
  }

  /**
   * The regression pin of issue 9: a fixed input (93 synthetic establishments of the seed-2017 city)
   * gets, establishment by establishment, the level that {@code barrier screen} gave before the
   * screening moved into {@code barrier-screening} (commit 149bc01).
   */
  @Test
  void input_fixedRegressionInput_sameLevelsAsBeforeTheLibrary() throws IOException, URISyntaxException {
    Path input = Path.of(getClass().getResource("/screen-regression/establishments.json").toURI()).getParent();
    assertThat(run("screen", "--input", input.toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("regression").toString())).isEqualTo(BarrierCli.OK);
    Map<String, String> expected = new TreeMap<>();
    for (String line : Files.readAllLines(input.resolve("expected-levels.tsv"))) {
      if (!line.startsWith("#")) {
        String[] parts = line.split("\t");
        expected.put(parts[0], parts[1]);
      }
    }
    ScreeningResult result = ScreeningResults.read(Files.readAllBytes(dir.resolve("regression/assessments.json")));
    Map<String, String> actual = new TreeMap<>();
    for (ScreenedEstablishment e : result.establishments()) {
      actual.put(e.key(), e.level().id());
    }
    assertThat(expected).hasSize(93);
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void screen_personLevelCatalogue_usageError() {
    assertThat(run("screen", "--demo", "--catalogue", "ilo-2009-adult-labour", "--out",
        dir.resolve("refused").toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("person-level catalogues need an interview").contains("BARRIER-SCR-0002");
  }

  @Test
  void screen_childProtectionCatalogue_usageError() {
    assertThat(run("screen", "--demo", "--catalogue", "minors-grooming", "--out",
        dir.resolve("refused").toString())).isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("child-protection");
  }

  @Test
  void screen_demoWithKeys_usageError() {
    assertThat(run("screen", "--demo", "--keys", "k.json", "--exchange-to", "p.json", "--legal-basis", "x"))
        .isEqualTo(BarrierCli.USAGE);
  }

  @Test
  void screen_unknownSubjectInObservations_invalidWithPathNotValue() throws IOException {
    Path input = dir.resolve("bad");
    Files.createDirectories(input);
    Files.writeString(input.resolve("establishments.json"),
        "{\"establishments\":[{\"id\":\"be-establishment:2999000072\",\"sector\":\"carwash\"}]}");
    Files.writeString(input.resolve("observations.json"), "{\"subjects\":[{\"id\":\"be-establishment:2999000171\","
        + "\"kind\":\"establishment\",\"observations\":[]}]}");

    assertThat(run("screen", "--input", input.toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("bad-out").toString())).isEqualTo(BarrierCli.INVALID);
    assertThat(err.toString()).contains("observations.json /subjects/0/id: BARRIER-SCR-0108")
        .doesNotContain("2999000171");
  }

  @Test
  void screen_languageFr_reasonsInFrench() {
    assertThat(run("screen", "--demo", "--lang", "fr", "--top", "2", "--out", dir.resolve("fr").toString()))
        .isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).contains("PRINCIPALES RAISONS").contains("QUI PEUT AGIR");
  }

  @Test
  void input_withRealKeys_sealsForTheRecipientAndNothingBelowMedium() throws IOException {
    Path keys = dir.resolve("keys");
    Files.createDirectories(keys);
    assertThat(run("keys", "generate", "--party", "municipality-test", "--out", keys.resolve("m.json").toString()))
        .isEqualTo(BarrierCli.OK);
    assertThat(run("keys", "generate", "--party", "ariec-test", "--out", keys.resolve("a.json").toString()))
        .isEqualTo(BarrierCli.OK);
    assertThat(run("keys", "public", "--in", keys.resolve("a.json").toString(), "--out",
        keys.resolve("a.public.json").toString())).isEqualTo(BarrierCli.OK);

    int code = run("screen", "--input", dir.resolve("demo/input").toString(), "--as-of", "2026-06-30", "--out",
        dir.resolve("real").toString(), "--exchange-to", keys.resolve("a.public.json").toString(), "--keys",
        keys.resolve("m.json").toString(), "--legal-basis", "Police ordinance (test)");

    assertThat(code).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).contains("sealed 2 signal report(s)").contains("for ariec-test")
        .contains("municipality-test.audit.jsonl: intact").doesNotContain("DEMO");
  }

  @Test
  void input_withPseudonymService_sealsReportsWithBlindPk2Pseudonyms() throws Exception {
    Path keys = dir.resolve("keys-blind");
    Files.createDirectories(keys);
    for (String party : List.of("municipality-blind", "ariec-blind", "service-blind")) {
      assertThat(run("keys", "generate", "--party", party, "--out", keys.resolve(party + ".json").toString()))
          .isEqualTo(BarrierCli.OK);
      assertThat(run("keys", "public", "--in", keys.resolve(party + ".json").toString(), "--out",
          keys.resolve(party + ".public.json").toString())).isEqualTo(BarrierCli.OK);
    }
    eu.barrier.privacy.key.PartyKeyBundle municipality = bundle(keys.resolve("municipality-blind.json"));
    eu.barrier.privacy.key.PartyKeyBundle ariec = bundle(keys.resolve("ariec-blind.json"));
    eu.barrier.privacy.blind.ServiceKeys serviceKeys = eu.barrier.privacy.blind.ServiceKeys.from(
        bundle(keys.resolve("service-blind.json")).keySet());
    Files.writeString(keys.resolve("service.oprf.json"), serviceKeys.publicKeys().toJson());
    eu.barrier.privacy.audit.InMemoryAuditSink serviceAudit = new eu.barrier.privacy.audit.InMemoryAuditSink();
    try (eu.barrier.pseudonym.service.PseudonymService service = eu.barrier.pseudonym.service.PseudonymService
        .builder(serviceKeys, List.of(municipality.publicKeys()),
            eu.barrier.privacy.audit.AuditLog.open(serviceAudit, java.time.Clock.systemUTC()))
        .port(0).stopTimeout(java.time.Duration.ofSeconds(2)).start()) {
      int code = run("screen", "--input", dir.resolve("demo/input").toString(), "--as-of", "2026-06-30", "--out",
          dir.resolve("blind").toString(), "--exchange-to", keys.resolve("ariec-blind.public.json").toString(),
          "--keys", keys.resolve("municipality-blind.json").toString(), "--legal-basis", "Police ordinance (test)",
          "--pseudonym-service", service.uri().toString(), "--service-keys", keys.resolve("service.oprf.json").toString());

      assertThat(code).as(err.toString()).isEqualTo(BarrierCli.OK);
      assertThat(out.toString()).contains("sealed 2 signal report(s)").contains("pseudonyms: blind (pk2)");
    }
    byte[] message = Files.readAllBytes(dir.resolve("blind/exchange/signal-report-001.json"));
    SignalReport report = Messages.read(Envelopes.create().open(ariec.partyKeys(),
        List.of(municipality.publicKeys()), message).payload(), SignalReport.class);
    assertThat(report.subjects().get(0).pseudonym()).startsWith("pk2.");
    assertThat(serviceAudit.records()).hasSize(1)
        .allMatch(r -> r.event().actor().equals("municipality-blind") && r.event().count() == 2);
  }

  @Test
  void screen_serviceKeysWithoutService_usageError() {
    assertThat(run("screen", "--input", dir.resolve("demo/input").toString(), "--service-keys", "x.json"))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(err.toString()).contains("--pseudonym-service");
  }

  private static eu.barrier.privacy.key.PartyKeyBundle bundle(Path file) throws IOException {
    return eu.barrier.privacy.key.KeyFiles.parse(Files.readString(file), eu.barrier.privacy.InsecureSecretAccess.get());
  }

  @Test
  void input_withKeysButNothingAtMedium_sealsNothingAndExitsZero() throws IOException {
    Path keys = dir.resolve("keys-none");
    Files.createDirectories(keys);
    run("keys", "generate", "--party", "m-none", "--out", keys.resolve("m.json").toString());
    run("keys", "generate", "--party", "a-none", "--out", keys.resolve("a.json").toString());
    run("keys", "public", "--in", keys.resolve("a.json").toString(), "--out", keys.resolve("a.public.json").toString());

    int code = run("screen", "--input", dir.resolve("demo/input").toString(), "--as-of", "2026-06-30", "--catalogue",
        "sector-carwash", "--out", dir.resolve("none").toString(), "--exchange-to",
        keys.resolve("a.public.json").toString(), "--keys", keys.resolve("m.json").toString(), "--legal-basis", "x");

    assertThat(code).isEqualTo(BarrierCli.OK);
    assertThat(out.toString()).contains("sealed 0 signal report(s)").contains("no entries");
  }

  private static OpenedEnvelope openFirstReport(Path demo) throws IOException {
    byte[] message = Files.readAllBytes(demo.resolve("exchange/signal-report-001.json"));
    try {
      return Envelopes.create().open(DemoKeys.party(DemoKeys.ARIEC),
          List.of(DemoKeys.party(DemoKeys.MUNICIPALITY).publicKeys()), message);
    } catch (eu.barrier.privacy.envelope.EnvelopeVerificationException e) {
      throw new AssertionError("the demo report does not open: " + e.reason(), e);
    }
  }
}
