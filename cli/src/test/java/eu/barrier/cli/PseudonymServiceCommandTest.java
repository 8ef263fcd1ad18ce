package eu.barrier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.barrier.privacy.InsecureSecretAccess;
import eu.barrier.privacy.audit.AuditLog;
import eu.barrier.privacy.audit.FileAuditSink;
import eu.barrier.privacy.blind.ServiceKeys;
import eu.barrier.privacy.blind.ServicePublicKeys;
import eu.barrier.privacy.key.KeyFiles;
import eu.barrier.privacy.key.PartyKeyBundle;
import eu.barrier.privacy.key.PartyKeyFiles;
import eu.barrier.privacy.pseudonym.Pseudonym;
import eu.barrier.pseudonym.service.PseudonymService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code barrier pseudonym-service} and {@code barrier pseudonymise --service} end to end through
 * {@link BarrierCli#run}, with the service on a free loopback port, as in
 * docs/blind-pseudonymisation.md.
 */
final class PseudonymServiceCommandTest {

  /** Published test number (stdnum doctest), synthetic: never a real person. */
  private static final String SSIN = "85.07.30-033.28";
  private static final String SSIN_DIGITS = "85073003328";
  private static final String BAD_SSIN = "12345678901";

  @TempDir Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  @BeforeEach
  void keys() {
    for (String party : List.of("service", "genk", "police", "stranger")) {
      assertThat(run("keys", "generate", "--party", "be." + party, "--out", f(party + ".keys.json"))).isZero();
      assertThat(run("keys", "public", "--in", f(party + ".keys.json"), "--out", f(party + ".public.json"))).isZero();
    }
  }

  private int demo(String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("pseudonym-service", "demo", "--keys", f("service.keys.json"),
        "--trust", f("genk.public.json"), "--trust", f("police.public.json"), "--audit", f("service.audit.jsonl"),
        "--purpose", "thb-signal", "--recipient", "ariec-limburg", "--type", "be-national-number"));
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  private List<String> pseudonymLines() {
    return cli.out().lines().filter(l -> l.contains(" pk2.")).toList();
  }

  private PartyKeyBundle bundle(String name) throws IOException {
    return KeyFiles.parse(Files.readString(dir.resolve(name)), InsecureSecretAccess.get());
  }

  @Test
  void demo_twoTrustedPartners_getTheSamePk2PseudonymsWithoutAServiceKey() throws IOException {
    int code = demo("--partner", f("genk.keys.json"), "--partner", f("police.keys.json"), SSIN, SSIN_DIGITS);

    assertThat(code).as(cli.err()).isZero();
    List<String> lines = pseudonymLines();
    assertThat(lines).hasSize(4);
    List<String> pseudonyms = lines.stream().map(l -> l.substring(l.lastIndexOf(' ') + 1)).distinct().toList();
    assertThat(pseudonyms).hasSize(1);
    assertThat(Pseudonym.parse(pseudonyms.get(0)).isBlind()).isTrue();
    assertThat(lines.get(0)).startsWith("be.genk #1 ");
    assertThat(lines.get(2)).startsWith("be.police #1 ");
    assertThat(cli.out()).contains("all served partners got the same pseudonyms").doesNotContain(SSIN_DIGITS);
    String audit = Files.readString(dir.resolve("service.audit.jsonl"));
    assertThat(audit).contains("\"actor\":\"be.genk\"", "\"actor\":\"be.police\"", "\"count\":2")
        .doesNotContain(SSIN_DIGITS, SSIN, pseudonyms.get(0).substring(13));
    assertThat(run("audit", "verify", f("service.audit.jsonl"))).as(cli.err()).isZero();
  }

  @Test
  void demo_untrustedPartner_isRefusedWithTheProblemCodeAndExit1() throws IOException {
    int code = demo("--partner", f("stranger.keys.json"), SSIN);

    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(pseudonymLines()).isEmpty();
    assertThat(cli.err()).contains("be.stranger refused", "BARRIER-PSVC-0007").doesNotContain(SSIN_DIGITS);
    assertThat(cli.out()).contains("0 of 1 partners served");
    assertThat(Files.readString(dir.resolve("service.audit.jsonl"))).contains("\"reason\":\"BARRIER-PSVC-0007\"");
  }

  @Test
  void demo_partnerOverItsRate_isRefusedWith429CodeAndExit1() {
    int code = demo("--rate", "1", "--partner", f("genk.keys.json"), SSIN, SSIN_DIGITS);

    assertThat(code).isEqualTo(BarrierCli.INVALID);
    assertThat(cli.err()).contains("be.genk refused", "HTTP 429", "BARRIER-PSVC-0011");
  }

  @Test
  void publicKeys_writesTheServicePublicKeysAndNoSecret() throws IOException {
    assertThat(run("pseudonym-service", "public-keys", "--keys", f("service.keys.json"), "--out",
        f("service.oprf.json"))).as(cli.err()).isZero();

    String text = Files.readString(dir.resolve("service.oprf.json"));
    ServiceKeys expected = ServiceKeys.from(bundle("service.keys.json").keySet());
    assertThat(ServicePublicKeys.parse(text.getBytes(StandardCharsets.UTF_8)).toJson())
        .isEqualTo(expected.publicKeys().toJson());
    assertThat(cli.out()).contains("primary " + expected.primaryId());
    java.util.regex.Matcher material = java.util.regex.Pattern.compile("\"material\":\"([^\"]+)\"")
        .matcher(Files.readString(dir.resolve("service.keys.json")));
    assertThat(material.find()).isTrue();
    assertThat(text).doesNotContain(material.group(1)).doesNotContain("material");
  }

  @Test
  void pseudonymise_withService_printsTheDemosPk2PseudonymAndNamesInvalidValuesByPosition() throws IOException {
    assertThat(demo("--partner", f("genk.keys.json"), SSIN)).isZero();
    String fromDemo = pseudonymLines().get(0);
    fromDemo = fromDemo.substring(fromDemo.lastIndexOf(' ') + 1);
    assertThat(run("pseudonym-service", "public-keys", "--keys", f("service.keys.json"), "--out",
        f("service.oprf.json"))).isZero();
    PartyKeyBundle service = bundle("service.keys.json");
    AuditLog audit = AuditLog.open(FileAuditSink.open(dir.resolve("live.audit.jsonl")), Clock.systemUTC());
    try (PseudonymService live = PseudonymService.builder(ServiceKeys.from(service.keySet()),
        List.of(PartyKeyFiles.parsePublic(Files.readString(dir.resolve("police.public.json")))), audit).start()) {
      int code = run("pseudonymise", "--service", live.uri().toString(), "--service-keys", f("service.oprf.json"),
          "--keys", f("police.keys.json"), "--purpose", "thb-signal", "--recipient", "ariec-limburg",
          "--type", "be-national-number", "--audit", f("police.audit.jsonl"), BAD_SSIN, SSIN);

      assertThat(code).isEqualTo(BarrierCli.INVALID);
      assertThat(cli.out().lines().toList()).containsExactly(fromDemo);
      assertThat(cli.err()).contains("invalid be-national-number #1").doesNotContain(BAD_SSIN);
    }
    assertThat(Files.readString(dir.resolve("police.audit.jsonl"))).contains("\"count\":1", "\"failures\":1")
        .doesNotContain(SSIN_DIGITS);
  }

  @Test
  void pseudonymise_serviceWithAnotherKeyThanPinned_isRefusedAndPrintsNothing() throws IOException {
    assertThat(run("pseudonym-service", "public-keys", "--keys", f("stranger.keys.json"), "--out",
        f("other.oprf.json"))).isZero();
    AuditLog audit = AuditLog.open(FileAuditSink.open(dir.resolve("live.audit.jsonl")), Clock.systemUTC());
    try (PseudonymService live = PseudonymService.builder(ServiceKeys.from(bundle("service.keys.json").keySet()),
        List.of(PartyKeyFiles.parsePublic(Files.readString(dir.resolve("genk.public.json")))), audit).start()) {
      int code = run("pseudonymise", "--service", live.uri().toString(), "--service-keys", f("other.oprf.json"),
          "--keys", f("genk.keys.json"), "--purpose", "thb-signal", "--recipient", "ariec-limburg",
          "--type", "be-national-number", SSIN);

      assertThat(code).isEqualTo(BarrierCli.INVALID);
      assertThat(cli.out()).doesNotContain("pk2.");
      assertThat(cli.err()).contains("BARRIER-PRIV-070");
    }
  }

  @Test
  void pseudonymise_serviceNotAnHttpUrl_isAUsageError() {
    int code = run("pseudonymise", "--service", "ftp://127.0.0.1/x", "--keys", f("genk.keys.json"), "--purpose",
        "thb-signal", "--recipient", "ariec-limburg", "--type", "be-national-number", SSIN);

    assertThat(code).isEqualTo(BarrierCli.USAGE);
    assertThat(cli.out()).isEmpty();
  }

  @Test
  void run_serveForZero_startsOnLoopbackAndStopsGracefully() {
    int code = run("pseudonym-service", "--keys", f("service.keys.json"), "--trust", f("genk.public.json"),
        "--rate", "10", "--audit", f("service.audit.jsonl"), "--serve-for", "0");

    assertThat(code).as(cli.err()).isZero();
    assertThat(cli.out()).containsPattern("listening on http://127\\.0\\.0\\.1:[0-9]+")
        .contains("pseudonym service stopped");
  }

  @Test
  void run_withoutTrustOrWithBadSettings_isAUsageError() {
    assertThat(run("pseudonym-service", "--keys", f("service.keys.json"), "--audit", f("a.jsonl"), "--serve-for", "0"))
        .isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("--trust");
    assertThat(run("pseudonym-service", "--keys", f("service.keys.json"), "--trust", f("genk.public.json"),
        "--audit", f("a.jsonl"), "--rate", "0", "--serve-for", "0")).isEqualTo(BarrierCli.USAGE);
    assertThat(cli.err()).contains("BARRIER-PSVC-0101");
    assertThat(Arrays.asList(cli.out().split("\n"))).noneMatch(l -> l.contains("listening"));
  }
}
